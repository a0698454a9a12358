using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Rewards.Shop.Admin;

/// <summary>The shop's admin API relative to <c>/api/admin</c> (the Functions app has one class per route with
/// the same template).</summary>
public sealed class ShopAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("pvz", (HttpRequest request, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.ReplacePickupPointsAsync(request, ct).ToResultAsync());
        admin.MapGet("pvz", (HttpRequest request, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.ListPickupPointsAsync(request, ct).ToResultAsync());
        admin.MapGet("order/{range}", (string range, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.OrdersAsync(range, ct).ToResultAsync());
        admin.MapGet("rewards/products", (ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.ListProductsAsync(ct).ToResultAsync());
        admin.MapGet("rewards/products/{productCode}", (string productCode, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.GetProductAsync(productCode, ct).ToResultAsync());
        admin.MapPut("rewards/products/{productCode}", (HttpRequest request, string productCode, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.PutProductAsync(request, productCode, ct).ToResultAsync());
        admin.MapDelete("rewards/products/{productCode}", (string productCode, ShopAdminEndpoints shop, CancellationToken ct) =>
            shop.DeleteProductAsync(productCode, ct).ToResultAsync());
    }
}
