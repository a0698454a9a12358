using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/rewards/promo-codes/{code}</c> <c>{"points","maxUses","expiresAt"}</c>: creates or changes a code (its uses are kept).</summary>
public sealed class AdminRewardsPromoCodePut(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsPromoCodePut> log)
{
    [Function(nameof(AdminRewardsPromoCodePut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/rewards/promo-codes/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutPromoCodeAsync(request, code, cancellationToken);
        log.LogInformation("Promo code put answered {Result}", result.GetType().Name);
        return result;
    }
}
