using Bot.Features.Rewards.Shop.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/rewards/products/{productCode}</c> <c>{"title","category","pricePoints","stock","description","photo"}</c>: creates or replaces a product.</summary>
public sealed class AdminProductPut(ShopAdminEndpoints endpoints, ILogger<AdminProductPut> log)
{
    [Function(nameof(AdminProductPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/rewards/products/{productCode}")] HttpRequest request,
        string productCode,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutProductAsync(request, productCode, cancellationToken);
        log.LogInformation("Product {ProductCode} put answered {Result}", productCode, result.GetType().Name);
        return result;
    }
}
