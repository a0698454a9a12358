using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/rewards/promo-codes/{code}</c>: removes a code.</summary>
public sealed class AdminRewardsPromoCodeDelete(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsPromoCodeDelete> log)
{
    [Function(nameof(AdminRewardsPromoCodeDelete))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/rewards/promo-codes/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.DeletePromoCodeAsync(code, cancellationToken);
        log.LogInformation("Promo code delete answered {Result}", result.GetType().Name);
        return result;
    }
}
