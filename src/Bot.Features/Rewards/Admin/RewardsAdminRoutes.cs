using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Rewards.Admin;

/// <summary>The rewards admin API relative to <c>/api/admin</c> (CONTRACTS.md); the Functions app has one class per route.</summary>
public sealed class RewardsAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("rewards/coefficients", (RewardsAdminEndpoints e, CancellationToken ct) => e.GetCoefficientsAsync(ct).ToResultAsync());
        admin.MapPut("rewards/coefficients", (HttpRequest r, RewardsAdminEndpoints e, CancellationToken ct) => e.PutCoefficientsAsync(r, ct).ToResultAsync());
        admin.MapGet("rewards/promo-codes", (RewardsAdminEndpoints e, CancellationToken ct) => e.ListPromoCodesAsync(ct).ToResultAsync());
        admin.MapGet("rewards/promo-codes/{code}", (string code, RewardsAdminEndpoints e, CancellationToken ct) => e.GetPromoCodeAsync(code, ct).ToResultAsync());
        admin.MapPut("rewards/promo-codes/{code}", (HttpRequest r, string code, RewardsAdminEndpoints e, CancellationToken ct) => e.PutPromoCodeAsync(r, code, ct).ToResultAsync());
        admin.MapDelete("rewards/promo-codes/{code}", (string code, RewardsAdminEndpoints e, CancellationToken ct) => e.DeletePromoCodeAsync(code, ct).ToResultAsync());
        admin.MapGet("rewards/walks", (HttpRequest r, RewardsAdminEndpoints e, CancellationToken ct) => e.WalksAsync(r, ct).ToResultAsync());
        admin.MapGet("rewards/families", (RewardsAdminEndpoints e, CancellationToken ct) => e.FamiliesAsync(ct).ToResultAsync());
    }
}
