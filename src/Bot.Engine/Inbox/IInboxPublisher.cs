namespace Bot.Engine.Inbox;

/// <summary>Puts messages on a user's inbox queue (the only way into the per-user processor).</summary>
public interface IInboxPublisher
{
    Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null);

    Task PublishCommandAsync(long userId, InternalCommand command, CancellationToken ct, TimeSpan? delay = null) =>
        PublishAsync(InboxEnvelope.ForCommand(userId, command), ct, delay);
}
