using System.Security.Cryptography;
using Bot.Emulator;
using Bot.Engine.Gateway;
using Bot.Engine.Hosting;
using Bot.Engine.Processing;
using Bot.Engine.Schedules;
using Bot.Features;
using Bot.Features.Wallet;
using Bot.LocalHost.Azurite;
using Bot.LocalHost.BotApi;
using Bot.LocalHost.Functions;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Queues;
using Bot.LocalHost.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.LocalHost;

public static class LocalHostBuilderExtensions
{
    /// <summary>Everything the local host runs: settings filled in (URL, mode, secrets, storage), Azurite
    /// started when no storage is configured, the emulator (Emulator mode) or long polling (Polling mode),
    /// the engine and features, queue workers, timers and the pipeline monitor. Then
    /// <see cref="LocalHostEndpointRouteBuilderExtensions.MapLocalHost"/> maps the routes.</summary>
    public static async Task<WebApplicationBuilder> AddLocalHostAsync(this WebApplicationBuilder builder, CancellationToken ct = default)
    {
        var configuration = builder.Configuration;
        var settings = new Dictionary<string, string?>();

        if (string.IsNullOrWhiteSpace(configuration[LocalHostSettings.Urls]))
        {
            builder.WebHost.UseUrls(LocalHostSettings.DefaultUrl);
        }

        // The Bot API's URLs carry the bot token: never log them, whatever the settings say.
        builder.Logging.AddFilter("System.Net.Http.HttpClient." + EngineServiceCollectionExtensions.TelegramHttpClient, LogLevel.Warning);

        var mode = ReadMode(configuration);
        settings[LocalHostSettings.TelegramMode] = mode.ToString();
        if (mode == TelegramMode.Emulator)
        {
            settings[LocalHostSettings.TelegramBotToken] = configuration[LocalHostSettings.EmulatorBotToken] is { Length: > 0 } token
                ? token
                : new EmulatorOptions().BotToken;
            if (string.IsNullOrEmpty(configuration[LocalHostSettings.TelegramWebhookSecret]))
            {
                settings[LocalHostSettings.TelegramWebhookSecret] = RandomNumberGenerator.GetHexString(32, lowercase: true);
            }

            // Payment links follow the address the bot used, so an instance on another port links to itself.
            if (configuration[LocalHostSettings.EmulatorPublicBaseUrl] is null)
            {
                settings[LocalHostSettings.EmulatorPublicBaseUrl] = "";
            }
        }
        else if (string.IsNullOrWhiteSpace(configuration[LocalHostSettings.TelegramBotToken]))
        {
            throw new InvalidOperationException("Telegram:Mode is Polling but Telegram:BotToken is not set.");
        }

        var adminKeyGenerated = string.IsNullOrEmpty(configuration[LocalHostSettings.AdminFunctionKey]);
        if (adminKeyGenerated)
        {
            settings[LocalHostSettings.AdminFunctionKey] = Base64Url(RandomNumberGenerator.GetBytes(30));
        }

        string? azuriteConnection = null;
        string? azuriteData = null;
        if (string.IsNullOrWhiteSpace(configuration[LocalHostSettings.StorageConnectionString]))
        {
            if (configuration.GetValue(LocalHostSettings.StoragePersist, false))
            {
                azuriteData = configuration[LocalHostSettings.StorageDataFolder] is { Length: > 0 } folder
                    ? Path.GetFullPath(folder)
                    : AzuriteLauncher.DefaultDataFolder;
            }

            var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
            var azurite = await AzuriteLauncher.StartAsync(logging.CreateLogger<AzuriteLauncher>(), reuseRunning: false, ct, azuriteData);
            azuriteConnection = azurite.ConnectionString;
            settings[LocalHostSettings.StorageConnectionString] = azurite.ConnectionString;

            // First of the hosted services, so it stops last.
            builder.Services.AddHostedService(_ => new AzuriteLifetime(azurite, logging));
        }

        configuration.AddInMemoryCollection(settings);
        builder.Services.AddLocalHostServices(configuration, new LocalHostInfo(mode, azuriteConnection, adminKeyGenerated, azuriteData));
        return builder;
    }

    private static IServiceCollection AddLocalHostServices(this IServiceCollection services, ConfigurationManager configuration, LocalHostInfo info)
    {
        services.AddSingleton(info);
        services.AddMvcCore();

        // The emulator's clock is the app's clock (AddBotFeatures only TryAdds TimeProvider.System). Built
        // here on the system clock: left to DI, VirtualClock(TimeProvider inner) would ask for itself.
        services.AddSingleton(_ => new VirtualClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
        if (info.Mode == TelegramMode.Emulator)
        {
            services.AddTelegramEmulator(configuration);
        }

        services.AddSingleton<LocalHostAddress>();
        services.AddSingleton<PipelineActivity>();
        services.AddSingleton<ITelegramBotClient>(sp => CreateTelegramClient(sp, info.Mode));
        if (info.Mode == TelegramMode.Emulator)
        {
            services.AddTransient<LocalAddressHandler>();
            services.AddHttpClient(EngineServiceCollectionExtensions.TelegramHttpClient).AddHttpMessageHandler<LocalAddressHandler>();
        }

        services.AddBotFeatures(configuration);
        if (info.Mode == TelegramMode.Emulator)
        {
            services.AddEmulatorSandboxes(configuration, configuration);
        }

        services.AddSingleton<LocalFunctionRegistry>();
        services.AddSingleton<FunctionRunner>();

        // After the engine's storage initializer: queues and tables exist when these start.
        services.AddSingleton<LocalQueues>();
        services.AddHostedService<QueueWorkerService>();
        services.AddSingleton<TimerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
        services.AddSingleton<LocalPipelineMonitor>();
        services.AddSingleton<IPipelineMonitor>(sp => sp.GetRequiredService<LocalPipelineMonitor>());

        if (info.Mode == TelegramMode.Emulator)
        {
            services.AddHostedService<EmulatorWebhookRegistration>();
        }
        else
        {
            services.AddHostedService<LongPollingService>();
        }

        services.AddHostedService<StartupBanner>();
        return services;
    }

    /// <summary>The engine's Telegram client, with the Bot API at <c>Telegram:BaseUrl</c>, or in Emulator
    /// mode at this host's own address (resolved on first use, once the server listens).</summary>
    private static TelegramBotClient CreateTelegramClient(IServiceProvider services, TelegramMode mode)
    {
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var baseUrl = !string.IsNullOrEmpty(options.BaseUrl) ? options.BaseUrl
            : mode == TelegramMode.Emulator ? LocalAddressHandler.Placeholder
            : null;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(EngineServiceCollectionExtensions.TelegramHttpClient);
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, baseUrl) { RetryCount = 0 }, http);
    }

    private static TelegramMode ReadMode(IConfiguration configuration)
    {
        var raw = configuration[LocalHostSettings.TelegramMode];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return TelegramMode.Emulator;
        }

        return Enum.TryParse<TelegramMode>(raw, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new InvalidOperationException($"Telegram:Mode '{raw}' is not known to the local host: use Emulator or Polling.");
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
