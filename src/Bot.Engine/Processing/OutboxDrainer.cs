using Bot.Engine.Outbox;
using Bot.Engine.Sessions;

namespace Bot.Engine.Processing;

/// <summary>SendOutbox: carries out whatever is pending for the user named by an outbox queue message.</summary>
public sealed class OutboxDrainer(SessionStore store, OutboxRunner runner)
{
    public async Task DrainAsync(string queueMessage, CancellationToken ct)
    {
        var message = OutboxQueueMessage.Parse(queueMessage);
        var snapshot = await store.LoadAsync(message.UserId, ct);
        if (snapshot.PendingOutbox.Count > 0)
        {
            await runner.RunAsync(message.UserId, snapshot.PendingOutbox, snapshot.Session?.Unreachable ?? false, ct);
        }
    }
}
