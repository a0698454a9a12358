using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/users/{userId}/block</c>: the bot stops processing the user's messages.</summary>
public sealed class AdminUserBlock(AdminUsersEndpoints endpoints, ILogger<AdminUserBlock> log)
{
    [Function(nameof(AdminUserBlock))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/users/{userId:long}/block")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.BlockAsync(request, userId, cancellationToken);
        log.LogInformation("Block of user {UserId} answered {Result}", userId, result.GetType().Name);
        return result;
    }
}
