using Bot.Features.Loyalty.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/loyalty/problems?status=open|dismissed|all</c>: YCLIENTS records the bot could not read.</summary>
public sealed class AdminLoyaltyProblems(LoyaltyProblemEndpoints endpoints, ILogger<AdminLoyaltyProblems> log)
{
    [Function(nameof(AdminLoyaltyProblems))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/loyalty/problems")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListAsync(request, cancellationToken);
        log.LogInformation("Unreadable records answered {Result}", result.GetType().Name);
        return result;
    }
}
