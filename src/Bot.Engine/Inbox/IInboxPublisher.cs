namespace Bot.Engine.Inbox;

/// <summary>Puts messages on a user's inbox queue (the only way into the per-user processor).</summary>
public interface IInboxPublisher
{
    Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null);

    Task PublishCommandAsync(long userId, InternalCommand command, CancellationToken ct, TimeSpan? delay = null) =>
        PublishAsync(InboxEnvelope.ForCommand(userId, command), ct, delay);

    /// <summary>A command that is one of many (a fan-out recipient, a paced notice): on the bulk queue, which the
    /// same processor reads, so that users' own messages on the inbox queue are never behind it. A publisher
    /// without a bulk queue puts it on the inbox.</summary>
    Task PublishBulkCommandAsync(long userId, InternalCommand command, CancellationToken ct, TimeSpan? delay = null) =>
        PublishCommandAsync(userId, command, ct, delay);

    /// <summary>Several recipients of a fan-out in one bulk-queue message (visible after <paramref name="delay"/>). A
    /// publisher without a bulk queue puts each recipient's command on the inbox.</summary>
    async Task PublishFanOutSendsAsync(FanOuts.FanOutSends sends, CancellationToken ct, TimeSpan? delay = null)
    {
        foreach (var envelope in sends.Envelopes)
        {
            await PublishAsync(envelope, ct, delay);
        }
    }
}
