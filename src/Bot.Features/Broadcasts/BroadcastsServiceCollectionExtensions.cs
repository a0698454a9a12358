using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Broadcasts.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Broadcasts;

public static class BroadcastsServiceCollectionExtensions
{
    /// <summary>The recipient's route, the broadcasts table, the start path, the Broadcasts timer's work and
    /// the admin routes. Pacing is the engine's (<c>Broadcasts:PerSecond</c>).</summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddSingleton<IFlow, BroadcastsFlow>();
        services.AddSingleton(new StorageTable(BroadcastStore.TableName));
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<SegmentResolver>();
        services.AddSingleton<Broadcaster>();
        services.AddSingleton<BroadcastsEndpoints>();
        services.AddSingleton<IAdminRoutes, BroadcastsAdminRoutes>();
        services.AddTimerJob(Broadcaster.FunctionName, (sp, ct) => sp.GetRequiredService<Broadcaster>().RunDueAsync(ct));
        return services;
    }
}
