using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Broadcasts.Admin;

/// <summary><c>/api/admin/broadcasts</c> (the Functions app has one class per route with the same template).</summary>
public sealed class BroadcastsAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("broadcasts", (HttpRequest request, BroadcastsEndpoints endpoints, CancellationToken ct) =>
            endpoints.CreateAsync(request, ct).ToResultAsync());
        admin.MapGet("broadcasts", (BroadcastsEndpoints endpoints, CancellationToken ct) => endpoints.ListAsync(ct).ToResultAsync());
        // Not broadcasts/segments: the Functions host does not prefer a literal segment over {id}.
        admin.MapGet("broadcast-segments", (BroadcastsEndpoints endpoints) => endpoints.Segments().ToResult());
        admin.MapGet("broadcasts/{id}", (string id, BroadcastsEndpoints endpoints, CancellationToken ct) => endpoints.GetAsync(id, ct).ToResultAsync());
        admin.MapDelete("broadcasts/{id}", (string id, BroadcastsEndpoints endpoints, CancellationToken ct) => endpoints.CancelAsync(id, ct).ToResultAsync());
    }
}
