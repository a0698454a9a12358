using Bot.Engine.Outbox;
using Bot.Engine.Sessions;

namespace Bot.Engine.Processing;

/// <summary>SendOutbox: carries out what is pending and free for the user named by an outbox queue message (rows a
/// runner released for this retry; rows another runner is still sending are left to it).</summary>
public sealed class OutboxDrainer(SessionStore store, OutboxRunner runner, TimeProvider clock)
{
    public async Task DrainAsync(string queueMessage, CancellationToken ct)
    {
        var message = OutboxQueueMessage.Parse(queueMessage);
        var snapshot = await store.LoadAsync(message.UserId, ct);
        var free = OutboxRunner.Abandoned(snapshot.PendingOutbox, clock.GetUtcNow());
        if (free.Count > 0)
        {
            await runner.RunAsync(message.UserId, [], free, snapshot.Session?.Unreachable ?? false, ct);
        }
    }
}
