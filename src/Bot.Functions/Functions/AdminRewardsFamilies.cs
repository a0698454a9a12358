using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/families</c>: families with members and points.</summary>
public sealed class AdminRewardsFamilies(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsFamilies> log)
{
    [Function(nameof(AdminRewardsFamilies))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/families")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.FamiliesAsync(cancellationToken);
        log.LogInformation("Families export answered {Result}", result.GetType().Name);
        return result;
    }
}
