using Bot.Features.Loyalty.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/loyalty/adjust</c> <c>{"phone","points","reason"}</c>: accrue or deduct points by phone.</summary>
public sealed class AdminLoyaltyAdjust(LoyaltyAdminEndpoints endpoints, ILogger<AdminLoyaltyAdjust> log)
{
    [Function(nameof(AdminLoyaltyAdjust))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/loyalty/adjust")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.AdjustAsync(request, cancellationToken);
        log.LogInformation("Loyalty adjustment answered {Result}", result.GetType().Name);
        return result;
    }
}
