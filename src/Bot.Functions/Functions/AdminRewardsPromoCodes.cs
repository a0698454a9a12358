using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/promo-codes</c>: every promo code with its uses.</summary>
public sealed class AdminRewardsPromoCodes(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsPromoCodes> log)
{
    [Function(nameof(AdminRewardsPromoCodes))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/promo-codes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListPromoCodesAsync(cancellationToken);
        log.LogInformation("Promo codes listed answered {Result}", result.GetType().Name);
        return result;
    }
}
