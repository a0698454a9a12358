using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/pvz?q=&amp;limit=</c>: the pickup-point list's size and its first points, or those the
/// bot's city search finds for <c>q</c>.</summary>
public sealed class AdminPvzList(ShopAdminEndpoints endpoints, ILogger<AdminPvzList> log)
{
    [Function(nameof(AdminPvzList))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/pvz")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListPickupPointsAsync(request, cancellationToken);
        log.LogInformation("Pickup-point list answered {Result}", result.GetType().Name);
        return result;
    }
}
