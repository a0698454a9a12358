using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Loyalty.Admin;
using Bot.Features.Loyalty.Linking;
using Bot.Features.Loyalty.Sync;
using Bot.Features.Loyalty.YClients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Features.Loyalty;

public static class LoyaltyServiceCollectionExtensions
{
    /// <summary>The loyalty flow: <see cref="LoyaltyFlow"/>, its tables, effects, the BonusSync timer job,
    /// the YClientsWebhook route (<see cref="IKeyedRoutes"/>), the admin routes (<see cref="IAdminRoutes"/>),
    /// <see cref="LoyaltyOptions"/> (section <c>Loyalty</c>) and the YCLIENTS client (<see cref="IYClientsClient"/>)
    /// with its resilience handler and its process-wide rate limiter.</summary>
    public static IServiceCollection AddLoyalty(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LoyaltyOptions.Section);
        services.Configure<LoyaltyOptions>(section);

        services.AddSingleton<IFlow, LoyaltyFlow>();
        services.AddSingleton(new StorageTable(LoyaltyTables.Bonuses));
        services.AddSingleton(new StorageTable(LoyaltyTables.Phones));
        services.AddSingleton<BonusBook>();
        services.AddSingleton<BonusSync>();
        services.AddSingleton<UnreadableRecords>();
        services.AddSingleton<YClientsWebhookEndpoint>();
        services.AddSingleton<LoyaltyAdjuster>();
        services.AddSingleton<LoyaltyAdminEndpoints>();
        services.AddSingleton<IEffectHandler, LinkPhoneEffect>();
        services.AddSingleton<IEffectHandler, NotifiedEffect>();
        services.AddSingleton<IEffectHandler, AdjustEffect>();
        services.AddSingleton<IAdminRoutes, LoyaltyAdminRoutes>();
        services.AddSingleton<LoyaltyProblemEndpoints>();
        services.AddSingleton<IAdminRoutes, LoyaltyProblemRoutes>();
        services.AddSingleton<IKeyedRoutes, LoyaltyWebhookRoutes>();
        services.AddTimerJob(BonusSync.FunctionName, (sp, ct) => sp.GetRequiredService<BonusSync>().RunAsync(ct));

        var yClients = section.GetSection(nameof(LoyaltyOptions.YClients)).Get<YClientsOptions>() ?? new YClientsOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<YClientsRateLimiter>();
        services.TryAddTransient<YClientsRateLimitHandler>();
        var http = services.AddHttpClient(YClientsClient.HttpClientName);
        http.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = Math.Max(1, yClients.MaxRetries); // Polly requires at least 1
            o.Retry.Delay = TimeSpan.FromMilliseconds(Math.Max(1, yClients.RetryDelayMilliseconds));
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(1, yClients.AttemptTimeoutSeconds));
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * yClients.AttemptTimeoutSeconds));
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(30, (yClients.MaxRetries + 1) * (yClients.AttemptTimeoutSeconds + 1) + 5));
        });

        // Added after the resilience handler, so it runs inside it: every attempt, retries included, is paced.
        http.AddHttpMessageHandler<YClientsRateLimitHandler>();
        services.TryAddSingleton<YClientsClient>();
        services.TryAddSingleton<IYClientsClient>(sp => sp.GetRequiredService<YClientsClient>());

        // Locally (Emulator mode) the client talks to the emulator's YCLIENTS sandbox (its default company and tokens),
        // and the sandbox's record events come to this host's own webhook, registered with its function key.
        const string yClientsSection = LoyaltyOptions.Section + ":" + nameof(LoyaltyOptions.YClients) + ":";
        services.AddEmulatorSandbox(yClientsSection + nameof(YClientsOptions.BaseUrl), YClientsOptions.EmulatorSandboxPath, new Dictionary<string, string>
        {
            [yClientsSection + nameof(YClientsOptions.CompanyId)] = "1",
            [yClientsSection + nameof(YClientsOptions.PartnerToken)] = "emulator-partner-token",
            [yClientsSection + nameof(YClientsOptions.UserToken)] = "emulator-user-token",
        }, new EmulatorSandboxWebhook(YClientsOptions.EmulatorWebhookRegistrationPath, "/" + YClientsWebhookEndpoint.Route));
        return services;
    }
}
