using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Admin;

/// <summary>The admin API of users, logs, texts, enabled features and Telegram set-up, relative to <c>/api/admin</c>
/// (the Functions app has one class per route with the same template).</summary>
public sealed class AdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
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
        admin.MapGet("features", (AdminFeaturesEndpoints features) => features.List().ToResult());
        admin.MapPost("telegram/setup", (HttpRequest request, TelegramSetupEndpoints setup, CancellationToken ct) =>
            setup.SetupAsync(request, ct).ToResultAsync());
    }
}
