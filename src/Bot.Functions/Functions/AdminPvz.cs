using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/pvz</c> <c>[{"id","full_address"}]</c>: replaces the whole pickup-point list (seed 001).</summary>
public sealed class AdminPvz(ShopAdminEndpoints endpoints, ILogger<AdminPvz> log)
{
    [Function(nameof(AdminPvz))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/pvz")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ReplacePickupPointsAsync(request, cancellationToken);
        log.LogInformation("Pickup-point replace answered {Result}", result.GetType().Name);
        return result;
    }
}
