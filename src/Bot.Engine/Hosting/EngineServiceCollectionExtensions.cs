using Bot.Engine.Audit;
using Bot.Engine.Effects;
using Bot.Engine.FanOuts;
using Bot.Engine.Files;
using Bot.Engine.Gateway;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Records;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Schedules;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Engine.Hosting;

public static class EngineServiceCollectionExtensions
{
    public const string TelegramHttpClient = "telegram";

    /// <summary>The engine's services, shared by the Functions app and the local host.</summary>
    public static IServiceCollection AddBotEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TelegramOptions>(configuration.GetSection(TelegramOptions.Section));
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.Section));
        services.Configure<FeatureOptions>(configuration.GetSection(FeatureOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageOptions.FromConfiguration(configuration));
        services.TryAddSingleton(sp => new BotStorage(sp.GetRequiredService<StorageOptions>(), sp.GetService<StorageOperationCounter>()));
        services.AddHostedService<StorageInitializer>();

        services.TryAddSingleton<IInboxPublisher, QueueInboxPublisher>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<ReferenceData>();
        services.AddSingleton<SharedRecords>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<UserTimeZones>();
        services.AddSingleton<Router>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<BulkProcessor>();
        services.AddSingleton<OutboxRunner>();
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<OutboxSweeper>();
        services.AddSingleton<IEffectHandler, EnqueueEffect>();
        services.AddSingleton<IEffectHandler, ScheduleEffect>();
        services.AddTimerJob(EngineTimers.Reminders, (sp, ct) => sp.GetRequiredService<ScheduleStore>().DispatchDueAsync(ct));
        services.AddTimerJob(EngineTimers.OutboxSweep, async (sp, ct) =>
        {
            // What a crash left behind: outbox rows not sent, fan-outs not fully queued.
            await sp.GetRequiredService<OutboxSweeper>().SweepAsync(ct);
            await sp.GetRequiredService<FanOut>().ResumeStalledAsync(ct);
        });

        services.Configure<FanOutOptions>(configuration.GetSection(FanOutOptions.Section));
        services.AddSingleton(new StorageTable(StorageNames.FanOutsTable));
        services.AddSingleton<SendPacer>();
        services.AddSingleton<SendGate>();
        services.AddSingleton<FanOut>();
        services.AddSingleton<IEffectHandler, FanOutOutcomeEffect>();

        // A call's longest time is part of the outbox's ownership rule (OutboxRunner.InFlightGrace).
        services.AddHttpClient(TelegramHttpClient, http => http.Timeout = OutboxRunner.CallTimeout);
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramHttpClient);
            var clientOptions = new TelegramBotClientOptions(options.BotToken, string.IsNullOrEmpty(options.BaseUrl) ? null : options.BaseUrl)
            {
                // Never wait inside a function: a 429 goes back to the outbox queue with retry_after.
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.TryAddSingleton<FileStore>();
        services.TryAddSingleton<TelegramFiles>();
        services.TryAddSingleton<ITelegramGateway, TelegramGateway>();
        return services;
    }
}
