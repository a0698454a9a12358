using Bot.Features.Loyalty.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/loyalty/bonuses?from=&amp;to=&amp;format=csv|json</c>: the bonus log.</summary>
public sealed class AdminLoyaltyBonuses(LoyaltyAdminEndpoints endpoints, ILogger<AdminLoyaltyBonuses> log)
{
    [Function(nameof(AdminLoyaltyBonuses))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/loyalty/bonuses")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.BonusesAsync(request, cancellationToken);
        log.LogInformation("Bonus log answered {Result}", result.GetType().Name);
        return result;
    }
}
