using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Admin;

/// <summary>The Functions app's Admin* HTTP functions on the same routes, behind the function key: every
/// <see cref="IAdminRoutes"/> the engine and the enabled features registered. The host names no flow.</summary>
public static class AdminApiEndpoints
{
    public static RouteGroupBuilder MapAdminFunctions(this RouteGroupBuilder admin)
    {
        foreach (var routes in ((IEndpointRouteBuilder)admin).ServiceProvider.GetServices<IAdminRoutes>())
        {
            routes.Map(admin);
        }

        return admin;
    }

    /// <summary>Every <see cref="IKeyedRoutes"/> (outside systems' webhooks that carry the function key), at the
    /// root of a group guarded by the function key.</summary>
    public static RouteGroupBuilder MapKeyedFunctions(this RouteGroupBuilder keyed)
    {
        foreach (var routes in ((IEndpointRouteBuilder)keyed).ServiceProvider.GetServices<IKeyedRoutes>())
        {
            routes.Map(keyed);
        }

        return keyed;
    }
}
