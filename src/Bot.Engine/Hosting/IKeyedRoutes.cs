using Microsoft.AspNetCore.Routing;

namespace Bot.Engine.Hosting;

/// <summary>A flow's HTTP routes outside <c>/api/admin</c> that still need the function key (an outside system's
/// webhook that signs nothing, such as YCLIENTS', whose URL carries <c>?code=</c>). The local host maps them
/// at the root behind the function key; the Functions app has one thin class per route with
/// <c>AuthorizationLevel.Function</c> and the same template. Register with
/// <c>services.AddSingleton&lt;IKeyedRoutes, MyRoutes&gt;()</c>.</summary>
public interface IKeyedRoutes
{
    /// <summary>Maps the routes with their full templates, e.g. <c>keyed.MapPost("api/yclients/webhook", …)</c>.</summary>
    void Map(RouteGroupBuilder keyed);
}
