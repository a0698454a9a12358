using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/users/{userId}/balance</c> <c>{"currency","delta","reason"}</c>: a ledger posting; answers the new balance.</summary>
public sealed class AdminUserBalance(AdminUsersEndpoints endpoints, ILogger<AdminUserBalance> log)
{
    [Function(nameof(AdminUserBalance))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/users/{userId:long}/balance")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ChangeBalanceAsync(request, userId, cancellationToken);
        log.LogInformation("Balance change of user {UserId} answered {Result}", userId, result.GetType().Name);
        return result;
    }
}
