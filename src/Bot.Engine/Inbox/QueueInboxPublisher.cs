using Bot.Engine.Storage;

namespace Bot.Engine.Inbox;

public sealed class QueueInboxPublisher(BotStorage storage) : IInboxPublisher
{
    public async Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null)
    {
        await storage.Queue(StorageNames.InboxQueue).SendMessageAsync(envelope.Serialize(), delay, cancellationToken: ct);
    }
}
