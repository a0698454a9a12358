using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/promo-codes/{code}</c>: one promo code with its uses.</summary>
public sealed class AdminRewardsPromoCode(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsPromoCode> log)
{
    [Function(nameof(AdminRewardsPromoCode))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/promo-codes/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetPromoCodeAsync(code, cancellationToken);
        log.LogInformation("Promo code read answered {Result}", result.GetType().Name);
        return result;
    }
}
