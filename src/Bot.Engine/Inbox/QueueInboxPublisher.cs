using Bot.Engine.Storage;

namespace Bot.Engine.Inbox;

/// <summary>Users' own updates and single commands go on the inbox queue; commands that are one of many (fan-out
/// recipients, paced notices) on the bulk queue. Both are read by the same processor.</summary>
public sealed class QueueInboxPublisher(BotStorage storage) : IInboxPublisher
{
    public async Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null)
    {
        await storage.Queue(StorageNames.InboxQueue).SendMessageAsync(envelope.Serialize(), delay, cancellationToken: ct);
    }

    public async Task PublishFanOutSendsAsync(FanOuts.FanOutSends sends, CancellationToken ct, TimeSpan? delay = null)
    {
        await storage.Queue(StorageNames.BulkQueue).SendMessageAsync(sends.Serialize(), delay, cancellationToken: ct);
    }

    public async Task PublishBulkCommandAsync(long userId, InternalCommand command, CancellationToken ct, TimeSpan? delay = null)
    {
        await storage.Queue(StorageNames.BulkQueue).SendMessageAsync(InboxEnvelope.ForCommand(userId, command).Serialize(), delay, cancellationToken: ct);
    }
}
