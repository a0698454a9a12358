using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/rewards/products/{productCode}</c>: removes a product.</summary>
public sealed class AdminProductDelete(ShopAdminEndpoints endpoints, ILogger<AdminProductDelete> log)
{
    [Function(nameof(AdminProductDelete))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/rewards/products/{productCode}")] HttpRequest request,
        string productCode,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.DeleteProductAsync(productCode, cancellationToken);
        log.LogInformation("Product {ProductCode} delete answered {Result}", productCode, result.GetType().Name);
        return result;
    }
}
