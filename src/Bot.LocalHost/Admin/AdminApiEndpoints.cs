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
}
