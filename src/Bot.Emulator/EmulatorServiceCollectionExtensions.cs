using Bot.Emulator.BotApi;
using Bot.Emulator.Control;
using Bot.Emulator.Delivery;
using Bot.Emulator.Payments;
using Bot.Emulator.People;
using Bot.Emulator.State;
using Bot.Emulator.Weather;
using Bot.Emulator.YClients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Emulator;

public static class EmulatorServiceCollectionExtensions
{
    /// <summary>Registers the Telegram emulator, binding <see cref="EmulatorOptions"/> from the "Emulator" section.</summary>
    public static IServiceCollection AddTelegramEmulator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<EmulatorOptions>(configuration.GetSection(EmulatorOptions.SectionName));
        return services.AddTelegramEmulator();
    }

    /// <summary>Registers the Telegram emulator with options set in code.</summary>
    public static IServiceCollection AddTelegramEmulator(this IServiceCollection services, Action<EmulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EmulatorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Built on the system clock explicitly: a host that registers the VirtualClock as its TimeProvider
        // would otherwise have DI resolve VirtualClock(TimeProvider inner) with itself.
        services.TryAddSingleton(_ => new VirtualClock(TimeProvider.System));
        services.TryAddSingleton<EmulatorState>();
        services.TryAddSingleton<FileStorage>();
        services.TryAddSingleton<UpdateHub>();
        services.TryAddSingleton<CallLog>();
        services.TryAddSingleton(_ => new RateLimiter(TimeProvider.System));
        services.TryAddSingleton<TelegramShapes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotApiMethodGroup, MessageMethods>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotApiMethodGroup, BotInfoMethods>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotApiMethodGroup, UpdateMethods>(
            sp => new UpdateMethods(sp.GetRequiredService<UpdateHub>(), TimeProvider.System)));
        services.TryAddSingleton<BotApiMethodTable>();
        services.TryAddSingleton<BotApiEndpoint>();
        services.TryAddSingleton<PersonActions>();
        services.TryAddTransient<SettleWaiter>();
        services.TryAddSingleton<PaymentSandbox>();
        services.TryAddSingleton<WeatherSandbox>();
        services.TryAddSingleton<YClientsSandbox>();
        services.TryAddSingleton<YClientsWebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<YClientsWebhookSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPipelineMonitor, YClientsWebhookSender>(sp => sp.GetRequiredService<YClientsWebhookSender>()));
        services.AddHttpClient(YClientsWebhookSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.AddHttpClient(WebhookDispatcher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
