using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/products/{productCode}</c>: one product.</summary>
public sealed class AdminProduct(ShopAdminEndpoints endpoints, ILogger<AdminProduct> log)
{
    [Function(nameof(AdminProduct))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/products/{productCode}")] HttpRequest request,
        string productCode,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetProductAsync(productCode, cancellationToken);
        log.LogInformation("Product {ProductCode} answered {Result}", productCode, result.GetType().Name);
        return result;
    }
}
