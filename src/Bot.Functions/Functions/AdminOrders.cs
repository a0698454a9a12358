using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/order/{YYYY-MM-DD-YYYY-MM-DD}</c>: the orders of the range with the seed's fields.</summary>
public sealed class AdminOrders(ShopAdminEndpoints endpoints, ILogger<AdminOrders> log)
{
    [Function(nameof(AdminOrders))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/order/{range}")] HttpRequest request,
        string range,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.OrdersAsync(range, cancellationToken);
        log.LogInformation("Orders of {Range} answered {Result}", range, result.GetType().Name);
        return result;
    }
}
