using System.Collections.Concurrent;
using System.Text;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Bot.Features;
using Bot.LocalHost.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.IntegrationTests;

/// <summary>The real pipeline on Azurite (own table/queue prefix), Telegram faked at the HTTP level,
/// queue workers as the local host runs them.</summary>
public sealed class Pipeline : IAsyncDisposable
{
    public const string Secret = "test-secret";
    private CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private readonly List<QueueWorker> _workers = [];

    private Pipeline(ServiceProvider services, FakeBotApi telegram, FakeTimeProvider clock, LogSink logs)
    {
        Services = services;
        Telegram = telegram;
        Clock = clock;
        Logs = logs;
    }

    public ServiceProvider Services { get; }
    public FakeBotApi Telegram { get; }
    public FakeTimeProvider Clock { get; }
    public LogSink Logs { get; }
    public InboxProcessor Processor => Services.GetRequiredService<InboxProcessor>();
    public SessionStore Sessions => Services.GetRequiredService<SessionStore>();
    public BotStorage Storage => Services.GetRequiredService<BotStorage>();
    public StorageOperationCounter Operations => Services.GetRequiredService<StorageOperationCounter>();

    /// <summary>The pipeline with the counter flow.</summary>
    /// <param name="configure">Registrations made before the bot's (so they win over TryAdd defaults): flows, effects.</param>
    /// <param name="settings">Settings added to (or overriding) the defaults.</param>
    /// <param name="enabled"><c>Features:Enabled</c>.</param>
    public static async Task<Pipeline> CreateAsync(
        AzuriteFixture azurite,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        string enabled = "counter")
    {
        var telegram = new FakeBotApi();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logs = new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = "t" + Guid.NewGuid().ToString("N")[..10],
            ["Telegram:BotToken"] = "123456:TEST",
            ["Telegram:BaseUrl"] = "http://telegram.test",
            ["Telegram:WebhookSecret"] = Secret,
            ["Features:Enabled"] = enabled,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<StorageOperationCounter>();
        configure?.Invoke(services);
        services.AddBotFeatures(configuration);
        services.AddSingleton<IFlow, CounterFlow>();

        // The fan-out send gate spaces real Bot API calls: it runs on the real clock, as the queues do (the fake
        // clock moves only when a test moves it, which would hold every fan-out send after the first).
        services.Replace(ServiceDescriptor.Singleton(sp => new SendGate(TimeProvider.System, sp.GetRequiredService<IOptions<FanOutOptions>>())));
        services.AddHttpClient(Bot.Engine.Hosting.EngineServiceCollectionExtensions.TelegramHttpClient)
            .ConfigurePrimaryHttpMessageHandler(() => telegram)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new Pipeline(provider, telegram, clock, logs);
    }

    /// <summary>Starts queue workers for inbox, bulk and outbox, as the local host does.</summary>
    public void StartWorkers(int inboxConcurrency = 8, TimeSpan? retryDelay = null, TimeSpan? visibilityTimeout = null)
    {
        var options = new QueueWorkerOptions
        {
            Concurrency = inboxConcurrency,
            RetryDelay = retryDelay ?? TimeSpan.FromMilliseconds(200),
            MaxPollingInterval = TimeSpan.FromMilliseconds(100),
            VisibilityTimeout = visibilityTimeout ?? TimeSpan.FromSeconds(30),
        };
        var loggerFactory = Services.GetRequiredService<ILoggerFactory>();
        AddWorker(new QueueWorker(StorageNames.InboxQueue, Storage.Queue(StorageNames.InboxQueue),
            Storage.Queue(StorageNames.InboxQueue + StorageNames.PoisonSuffix),
            (m, ct) => Processor.ProcessAsync(m, ct), options, loggerFactory.CreateLogger("inbox")));
        AddWorker(new QueueWorker(StorageNames.BulkQueue, Storage.Queue(StorageNames.BulkQueue),
            Storage.Queue(StorageNames.BulkQueue + StorageNames.PoisonSuffix),
            (m, ct) => Services.GetRequiredService<BulkProcessor>().ProcessAsync(m, ct), options, loggerFactory.CreateLogger("bulk")));
        AddWorker(new QueueWorker(StorageNames.OutboxQueue, Storage.Queue(StorageNames.OutboxQueue),
            Storage.Queue(StorageNames.OutboxQueue + StorageNames.PoisonSuffix),
            (m, ct) => Services.GetRequiredService<OutboxDrainer>().DrainAsync(m, ct), options, loggerFactory.CreateLogger("outbox")));
    }

    /// <summary>Stops the queue workers as a host shutting down would (handlers in flight are cancelled; their
    /// messages come back after the visibility timeout); <see cref="StartWorkers"/> starts fresh ones.</summary>
    public async Task StopWorkersAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
        _running.Clear();
        _workers.Clear();
        _stop.Dispose();
        _stop = new CancellationTokenSource();
    }

    private void AddWorker(QueueWorker worker)
    {
        _workers.Add(worker);
        _running.Add(Task.Run(() => worker.RunAsync(_stop.Token)));
    }

    public static string UpdateJson(long userId, long updateId, string text) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1700000000,"chat":{"id":{{{userId}}},"type":"private","first_name":"U{{{userId}}}"},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"U{{{userId}}}","language_code":"ru"},"text":"{{{text}}}"}}""";

    /// <summary>Delivers an update through the webhook receiver, as Telegram would.</summary>
    public async Task DeliverAsync(long userId, long updateId, string text)
    {
        var receiver = Services.GetRequiredService<WebhookReceiver>();
        var result = await receiver.ReceiveAsync(Secret, new MemoryStream(Encoding.UTF8.GetBytes(UpdateJson(userId, updateId, text))), CancellationToken.None);
        Assert.Equal(WebhookStatus.Queued, result.Status);
    }

    public static InboxEnvelope Envelope(long userId, long updateId, string text) =>
        InboxEnvelope.Parse(InboxEnvelope.ForUpdate(userId, updateId,
            System.Text.Json.JsonDocument.Parse(UpdateJson(userId, updateId, text)).RootElement.Clone()).Serialize());

    /// <summary>Waits until the queues are empty and the workers idle (or fails after the timeout).</summary>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var quiet = 0;
        while (DateTime.UtcNow < deadline)
        {
            var inbox = (await Storage.Queue(StorageNames.InboxQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var outbox = (await Storage.Queue(StorageNames.OutboxQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var bulk = (await Storage.Queue(StorageNames.BulkQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            quiet = inbox == 0 && outbox == 0 && bulk == 0 && _workers.All(w => w.IsIdle) ? quiet + 1 : 0;
            if (quiet >= 3)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The pipeline did not settle in time.");
    }

    public async Task<Session> SessionAsync(long userId) =>
        await Sessions.GetAsync(userId, CancellationToken.None) ?? throw new InvalidOperationException($"No session for {userId}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
        await Services.DisposeAsync();
        _stop.Dispose();
    }
}

public sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Sink(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Sink(LogSink owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
