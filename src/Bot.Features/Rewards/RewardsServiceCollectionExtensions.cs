using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Rewards.Admin;
using Bot.Features.Rewards.Families;
using Bot.Features.Rewards.Promo;
using Bot.Features.Rewards.Referrals;
using Bot.Features.Rewards.Walks;
using Bot.Features.Rewards.Walks.Weather;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace Bot.Features.Rewards;

public static class RewardsServiceCollectionExtensions
{
    /// <summary>The rewards settings and the weather client (Open-Meteo, or the emulator's sandbox that
    /// speaks the same API). The flow, its effects, tables and admin routes.</summary>
    public static IServiceCollection AddRewards(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RewardsOptions.Section);
        services.Configure<RewardsOptions>(section);

        var weather = section.GetSection(nameof(RewardsOptions.Weather)).Get<WeatherOptions>() ?? new WeatherOptions();
        services.AddHttpClient(OpenMeteoWeatherProvider.HttpClientName)
            .AddStandardResilienceHandler(o =>
            {
                // The handler refuses 0 attempts: "no retries" is one attempt that handles nothing.
                o.Retry.MaxRetryAttempts = Math.Max(1, weather.MaxRetries);
                if (weather.MaxRetries <= 0)
                {
                    o.Retry.ShouldHandle = _ => PredicateResult.False();
                }

                o.Retry.Delay = weather.RetryDelay;
                o.AttemptTimeout.Timeout = weather.AttemptTimeout;
                o.TotalRequestTimeout.Timeout = weather.TotalTimeout;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * weather.AttemptTimeout.TotalSeconds));
            });
        services.TryAddSingleton<IWeatherProvider, OpenMeteoWeatherProvider>();

        // Locally (Emulator mode) both Open-Meteo APIs are the emulator's weather sandbox, unless configured.
        const string weatherSection = RewardsOptions.Section + ":" + nameof(RewardsOptions.Weather) + ":";
        services.AddEmulatorSandbox(weatherSection + nameof(WeatherOptions.BaseUrl), WeatherOptions.EmulatorForecastPath);
        services.AddEmulatorSandbox(weatherSection + nameof(WeatherOptions.GeocodingUrl), WeatherOptions.EmulatorGeocodingPath);

        services.AddSingleton<IFlow, RewardsFlow>();
        services.AddSingleton(new StorageTable(RewardsTables.Promo));
        services.AddSingleton(new StorageTable(RewardsTables.Families));
        services.AddSingleton(new StorageTable(RewardsTables.Walks));
        services.TryAddSingleton<WalkStore>();
        services.TryAddSingleton<PromoStore>();
        services.TryAddSingleton<FamilyStore>();
        services.AddSingleton<IEffectHandler, GeocodeEffect>();
        services.AddSingleton<IEffectHandler, TemperatureEffect>();
        services.AddSingleton<IEffectHandler, WalkLogEffect>();
        services.AddSingleton<IEffectHandler, PromoEffect>();
        services.AddSingleton<IEffectHandler, FamilyEffect>();
        services.AddSingleton<IEffectHandler, FamilyViewEffect>();
        services.AddSingleton<IEffectHandler, ReferralEffect>();
        services.AddSingleton<RewardsAdminEndpoints>();
        services.AddSingleton<IAdminRoutes, RewardsAdminRoutes>();
        return services;
    }
}
