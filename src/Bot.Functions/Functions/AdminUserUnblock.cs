using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/users/{userId}/unblock</c>.</summary>
public sealed class AdminUserUnblock(AdminUsersEndpoints endpoints, ILogger<AdminUserUnblock> log)
{
    [Function(nameof(AdminUserUnblock))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/users/{userId:long}/unblock")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.UnblockAsync(request, userId, cancellationToken);
        log.LogInformation("Unblock of user {UserId} answered {Result}", userId, result.GetType().Name);
        return result;
    }
}
