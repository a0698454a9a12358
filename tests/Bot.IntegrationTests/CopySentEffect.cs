using System.Collections.Concurrent;
using Bot.Engine.Effects;
using Bot.Engine.Processing;

namespace Bot.IntegrationTests;

/// <summary>Receives kept message ids handed to an effect (what a shared record would store).</summary>
public sealed class CopySentEffect : IEffectHandler
{
    public const string EffectName = "test.copy-sent";

    public ConcurrentQueue<(string Key, MessageSent Sent)> Received { get; } = new();

    public string Name => EffectName;

    public Task RunAsync(EffectContext context, CancellationToken ct)
    {
        Received.Enqueue((context.Key, context.PayloadAs<MessageSent>()));
        return Task.CompletedTask;
    }
}
