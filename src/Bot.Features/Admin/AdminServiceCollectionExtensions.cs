using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>/admin, the admin commands of the per-user processor, the audit effect and the admin API endpoints.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<IFlow, AdminFlow>();
        services.AddSingleton<IEffectHandler, AuditEffect>();
        services.AddSingleton<AdminUsersEndpoints>();
        services.AddSingleton<AdminLogsEndpoints>();
        services.AddSingleton<TelegramSetupEndpoints>();
        services.AddSingleton<AdminTextsEndpoints>();
        services.AddSingleton<AdminFeaturesEndpoints>();
        services.AddSingleton<IAdminRoutes, AdminRoutes>();
        return services;
    }
}
