using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/products</c>: every product of the shop.</summary>
public sealed class AdminProducts(ShopAdminEndpoints endpoints, ILogger<AdminProducts> log)
{
    [Function(nameof(AdminProducts))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/products")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListProductsAsync(cancellationToken);
        log.LogInformation("Product list answered {Result}", result.GetType().Name);
        return result;
    }
}
