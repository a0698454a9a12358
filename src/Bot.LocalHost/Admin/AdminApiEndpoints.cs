using Bot.Features.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.LocalHost.Admin;

/// <summary>The Functions app's Admin* HTTP functions on the same routes, behind the function key.</summary>
public static class AdminApiEndpoints
{
    public static RouteGroupBuilder MapAdminFunctions(this RouteGroupBuilder admin)
    {
        admin.MapGet("users", (HttpRequest request, AdminUsersEndpoints users, CancellationToken ct) =>
            users.ExportAsync(request, ct).ToResultAsync());
        admin.MapPost("users/{userId:long}/balance", (HttpRequest request, long userId, AdminUsersEndpoints users, CancellationToken ct) =>
            users.ChangeBalanceAsync(request, userId, ct).ToResultAsync());
        admin.MapPost("users/{userId:long}/block", (HttpRequest request, long userId, AdminUsersEndpoints users, CancellationToken ct) =>
            users.BlockAsync(request, userId, ct).ToResultAsync());
        admin.MapPost("users/{userId:long}/unblock", (HttpRequest request, long userId, AdminUsersEndpoints users, CancellationToken ct) =>
            users.UnblockAsync(request, userId, ct).ToResultAsync());
        admin.MapGet("logs", (HttpRequest request, AdminLogsEndpoints logs, CancellationToken ct) =>
            logs.ExportAsync(request, ct).ToResultAsync());
        admin.MapGet("texts", (AdminTextsEndpoints texts, CancellationToken ct) => texts.ListAsync(ct).ToResultAsync());
        admin.MapPut("texts/{key}", (HttpRequest request, string key, AdminTextsEndpoints texts, CancellationToken ct) =>
            texts.PutAsync(request, key, ct).ToResultAsync());
        admin.MapDelete("texts/{key}", (string key, AdminTextsEndpoints texts, CancellationToken ct) =>
            texts.DeleteAsync(key, ct).ToResultAsync());
        admin.MapPost("telegram/setup", (HttpRequest request, TelegramSetupEndpoints setup, CancellationToken ct) =>
            setup.SetupAsync(request, ct).ToResultAsync());
        return admin;
    }
}
