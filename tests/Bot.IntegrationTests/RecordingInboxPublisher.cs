using System.Collections.Concurrent;
using Bot.Engine.Inbox;

namespace Bot.IntegrationTests;

/// <summary>Publishes to the real inbox queue and records what (and with which delay); can publish every
/// fan-out command twice, as an at-least-once queue may deliver it.</summary>
public sealed class RecordingInboxPublisher(IInboxPublisher inner) : IInboxPublisher
{
    public ConcurrentQueue<(InboxEnvelope Envelope, TimeSpan? Delay)> Published { get; } = new();

    public bool DuplicateFanOutCommands { get; set; }

    /// <summary>Throws instead of publishing when it answers true: a starter that dies half-way.</summary>
    public Func<InboxEnvelope, bool>? CrashWhen { get; set; }

    public async Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null)
    {
        if (CrashWhen?.Invoke(envelope) == true)
        {
            throw new InvalidOperationException("crash while publishing");
        }

        Published.Enqueue((envelope, delay));
        await inner.PublishAsync(envelope, ct, delay);
        if (DuplicateFanOutCommands && Bot.Engine.FanOuts.FanOut.IdOf(envelope.Command?.Key) is not null)
        {
            await inner.PublishAsync(envelope, ct, delay);
        }
    }
}
