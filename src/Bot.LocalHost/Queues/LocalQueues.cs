using Azure.Storage.Queues;
using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Queues;

/// <summary>The queue functions of the Functions app as local workers: ProcessInbox on "inbox",
/// ProcessBulk on "bulk" (the same processor, and fan-out steps) and SendOutbox on "outbox". Their clients decode Base64 as the Functions queue extension does; a message
/// that is not Base64 goes straight to the poison queue.</summary>
public sealed class LocalQueues
{
    public LocalQueues(BotStorage storage, StorageOptions storageOptions, IServiceProvider services, ILoggerFactory logs)
    {
        var options = new QueueWorkerOptions();
        Workers =
        [
            Create(StorageNames.InboxQueue, ProcessInboxAsync),
            Create(StorageNames.OutboxQueue, SendOutboxAsync),
            Create(StorageNames.BulkQueue, ProcessBulkAsync),
        ];

        QueueWorker Create(string name, Func<IServiceProvider, string, CancellationToken, Task> handler)
        {
            var log = logs.CreateLogger($"{typeof(QueueWorker).FullName}.{name}");
            QueueWorker? worker = null;
            var queue = storage.Queue(name);
            if (storageOptions.ConnectionString is { } connectionString)
            {
                var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
                clientOptions.MessageDecodingFailed += args => worker?.OnDecodingFailedAsync(args.ReceivedMessage) ?? Task.CompletedTask;
                queue = new QueueClient(connectionString, storage.QueueName(name), clientOptions);
            }

            worker = new QueueWorker(name, queue, storage.Queue(name + StorageNames.PoisonSuffix),
                (message, ct) => handler(services, message, ct), options, log);
            Queues.Add(queue);
            return worker;
        }
    }

    public IReadOnlyList<QueueWorker> Workers { get; }

    /// <summary>The queues the workers read.</summary>
    public List<QueueClient> Queues { get; } = [];

    private static async Task ProcessInboxAsync(IServiceProvider services, string message, CancellationToken ct)
    {
        var result = await services.GetRequiredService<InboxProcessor>().ProcessAsync(message, ct);
        services.GetRequiredService<ILogger<LocalQueues>>().LogDebug("Inbox message {Result}", result);
    }

    private static async Task ProcessBulkAsync(IServiceProvider services, string message, CancellationToken ct)
    {
        var result = await services.GetRequiredService<BulkProcessor>().ProcessAsync(message, ct);
        services.GetRequiredService<ILogger<LocalQueues>>().LogDebug("Bulk message {Result}", result);
    }

    private static Task SendOutboxAsync(IServiceProvider services, string message, CancellationToken ct) =>
        services.GetRequiredService<OutboxDrainer>().DrainAsync(message, ct);
}
