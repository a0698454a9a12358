using Microsoft.AspNetCore.Routing;

namespace Bot.Engine.Hosting;

/// <summary>A flow's admin HTTP routes, mapped by the local host under the <c>/api/admin</c> group (behind the
/// function key). The Functions app keeps one thin class per route with the same template; the
/// metadata test checks both against CONTRACTS.md. Register with
/// <c>services.AddSingleton&lt;IAdminRoutes, MyFlowAdminRoutes&gt;()</c>.</summary>
public interface IAdminRoutes
{
    /// <summary>Maps the routes relative to <c>/api/admin</c>, e.g. <c>admin.MapGet("loyalty/bonuses", …)</c>;
    /// handlers answer with <see cref="ActionResultExtensions.ToResultAsync"/> over the same endpoint
    /// classes the Functions app calls.</summary>
    void Map(RouteGroupBuilder admin);
}
