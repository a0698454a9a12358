using System.Collections.Concurrent;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests;

/// <summary>Publishes to the real inbox or bulk queue and records what (and with which delay); can publish every
/// fan-out command twice, as an at-least-once queue may deliver it.</summary>
public sealed class RecordingInboxPublisher(IInboxPublisher inner) : IInboxPublisher
{
    public ConcurrentQueue<(InboxEnvelope Envelope, TimeSpan? Delay)> Published { get; } = new();

    /// <summary>The commands published to the bulk queue.</summary>
    public ConcurrentQueue<InboxEnvelope> Bulk { get; } = new();

    public bool DuplicateFanOutCommands { get; set; }

    /// <summary>Registers a recording publisher over the real queues (for <see cref="Pipeline.CreateAsync"/>'s
    /// <c>configure</c>); <paramref name="created"/> gets it when the pipeline builds it.</summary>
    public static Action<IServiceCollection> Over(Action<RecordingInboxPublisher> created, bool duplicateFanOutCommands = false) =>
        services => services.AddSingleton<IInboxPublisher>(sp =>
        {
            var recorder = new RecordingInboxPublisher(new QueueInboxPublisher(sp.GetRequiredService<BotStorage>())) { DuplicateFanOutCommands = duplicateFanOutCommands };
            created(recorder);
            return recorder;
        });

    /// <summary>Throws instead of publishing when it answers true: a starter that dies half-way.</summary>
    public Func<InboxEnvelope, bool>? CrashWhen { get; set; }

    public Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null) =>
        RecordAsync(envelope, delay, () => inner.PublishAsync(envelope, ct, delay));

    public Task PublishBulkCommandAsync(long userId, InternalCommand command, CancellationToken ct, TimeSpan? delay = null)
    {
        var envelope = InboxEnvelope.ForCommand(userId, command);
        return RecordAsync(envelope, delay, async () =>
        {
            Bulk.Enqueue(envelope);
            await inner.PublishBulkCommandAsync(userId, command, ct, delay);
        });
    }

    /// <summary>Records each recipient of the message as published with the message's delay, in the message's order;
    /// crashes before publishing when <see cref="CrashWhen"/> says so for any of them.</summary>
    public async Task PublishFanOutSendsAsync(FanOutSends sends, CancellationToken ct, TimeSpan? delay = null)
    {
        var envelopes = sends.Envelopes.ToList();
        if (CrashWhen is { } crash && envelopes.Aggregate(false, (crashed, e) => crash(e) || crashed))
        {
            throw new InvalidOperationException("crash while publishing");
        }

        foreach (var envelope in envelopes)
        {
            Published.Enqueue((envelope, delay));
            Bulk.Enqueue(envelope);
        }

        await inner.PublishFanOutSendsAsync(sends, ct, delay);
        if (DuplicateFanOutCommands)
        {
            await inner.PublishFanOutSendsAsync(sends, ct, delay);
        }
    }

    private async Task RecordAsync(InboxEnvelope envelope, TimeSpan? delay, Func<Task> publish)
    {
        if (CrashWhen?.Invoke(envelope) == true)
        {
            throw new InvalidOperationException("crash while publishing");
        }

        Published.Enqueue((envelope, delay));
        await publish();
        if (DuplicateFanOutCommands && Bot.Engine.FanOuts.FanOut.IdOf(envelope.Command?.Key) is not null)
        {
            await publish();
        }
    }
}
