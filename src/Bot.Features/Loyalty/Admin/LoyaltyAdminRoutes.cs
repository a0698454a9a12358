using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Loyalty.Admin;

/// <summary>The loyalty admin routes relative to <c>/api/admin</c> (Functions: AdminLoyaltyAdjust, AdminLoyaltyBonuses).</summary>
public sealed class LoyaltyAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("loyalty/adjust", (HttpRequest request, LoyaltyAdminEndpoints loyalty, CancellationToken ct) =>
            loyalty.AdjustAsync(request, ct).ToResultAsync());
        admin.MapGet("loyalty/bonuses", (HttpRequest request, LoyaltyAdminEndpoints loyalty, CancellationToken ct) =>
            loyalty.BonusesAsync(request, ct).ToResultAsync());
    }
}
