using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Coaching.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Coaching;

public static class CoachingServiceCollectionExtensions
{
    /// <summary>The coaching flow, its table, effects and admin routes.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CoachingOptions>(configuration.GetSection(CoachingOptions.Section));
        services.AddSingleton<IFlow, CoachingFlow>();
        services.AddSingleton(new StorageTable(ParticipantStore.TableName));
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<IEffectHandler, RecordParticipantEffect>();
        services.AddSingleton<IEffectHandler, ParticipantsLookup>();
        services.AddSingleton<CoachingAdminEndpoints>();
        services.AddSingleton<IAdminRoutes, CoachingAdminRoutes>();
        return services;
    }
}
