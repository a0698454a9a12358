using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/walks?from=&amp;to=&amp;format=csv|json</c>: finished walks.</summary>
public sealed class AdminRewardsWalks(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsWalks> log)
{
    [Function(nameof(AdminRewardsWalks))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/walks")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.WalksAsync(request, cancellationToken);
        log.LogInformation("Walks export answered {Result}", result.GetType().Name);
        return result;
    }
}
