using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Loyalty.Admin;

/// <summary>The unreadable records' admin routes relative to <c>/api/admin</c> (Functions: AdminLoyaltyProblems,
/// AdminLoyaltyProblemDismiss).</summary>
public sealed class LoyaltyProblemRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("loyalty/problems", (HttpRequest request, LoyaltyProblemEndpoints problems, CancellationToken ct) =>
            problems.ListAsync(request, ct).ToResultAsync());
        admin.MapPost("loyalty/problems/{key}/dismiss", (string key, LoyaltyProblemEndpoints problems, CancellationToken ct) =>
            problems.DismissAsync(key, ct).ToResultAsync());
    }
}
