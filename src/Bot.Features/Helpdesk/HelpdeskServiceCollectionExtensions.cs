using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Helpdesk.Admin;
using Bot.Features.Helpdesk.Billing;
using Bot.Features.Helpdesk.Orders;
using Bot.Features.Helpdesk.Report;
using Bot.Features.Helpdesk.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Helpdesk;

public static class HelpdeskServiceCollectionExtensions
{
    /// <summary>The helpdesk flow, its tables, effects, timers (SlaEscalation, BillingDay), admin routes and the
    /// start-up grant of <c>Helpdesk:OwnerIds</c>.</summary>
    public static IServiceCollection AddHelpdesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HelpdeskOptions>(configuration.GetSection(HelpdeskOptions.Section));
        services.AddSingleton<CompanyClock>();
        services.AddSingleton<IFlow, HelpdeskFlow>();
        services.AddSingleton(new StorageTable(HelpdeskTables.Orders));
        services.AddSingleton(new StorageTable(HelpdeskTables.Index));
        services.AddSingleton(new StorageTable(HelpdeskTables.People));
        services.AddSingleton<PeopleStore>();
        services.AddSingleton<OrderIndex>();
        services.AddSingleton<OrderRecords>();
        services.AddSingleton<IEffectHandler, SavePersonEffect>();
        services.AddSingleton<IEffectHandler, CreateOrderEffect>();
        services.AddSingleton<IEffectHandler, CopySentEffect>();
        services.AddSingleton<IEffectHandler, TakeOrderEffect>();
        services.AddSingleton<IEffectHandler, DoneOrderEffect>();
        services.AddSingleton<IEffectHandler, RateOrderEffect>();
        services.AddSingleton<IEffectHandler, ListOrdersEffect>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<IEffectHandler, ReportEffect>();
        services.AddSingleton<SlaEscalation>();
        services.AddTimerJob(SlaEscalation.FunctionName, (sp, ct) => sp.GetRequiredService<SlaEscalation>().RunAsync(ct));
        services.AddSingleton<BillingDay>();
        services.AddTimerJob(BillingDay.FunctionName, (sp, ct) => sp.GetRequiredService<BillingDay>().RunAsync(ct));
        services.AddSingleton<HelpdeskAdminEndpoints>();
        services.AddSingleton<IAdminRoutes, HelpdeskAdminRoutes>();
        services.AddHostedService<OwnerSeeder>();
        return services;
    }
}
