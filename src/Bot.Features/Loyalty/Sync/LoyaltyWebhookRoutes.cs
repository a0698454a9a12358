using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Loyalty.Sync;

/// <summary><c>POST /api/yclients/webhook</c> behind the function key (Functions: YClientsWebhook).</summary>
public sealed class LoyaltyWebhookRoutes : IKeyedRoutes
{
    public void Map(RouteGroupBuilder keyed) =>
        keyed.MapPost(YClientsWebhookEndpoint.Route, (HttpRequest request, YClientsWebhookEndpoint webhook, CancellationToken ct) =>
            webhook.HandleAsync(request, ct).ToResultAsync());
}
