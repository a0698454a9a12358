using System.Collections.Concurrent;
using Bot.Engine.Effects;

namespace Bot.IntegrationTests.Records;

/// <summary>Runs an effect twice at once for every delivery, as a redelivery racing the first run would, and
/// keeps each context so that a test can run it again later.</summary>
public sealed class RedeliveringEffect(IEffectHandler inner) : IEffectHandler
{
    public ConcurrentQueue<EffectContext> Runs { get; } = new();

    public string Name => inner.Name;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        Runs.Enqueue(context);
        await Task.WhenAll(inner.RunAsync(context, ct), inner.RunAsync(context, ct));
    }
}
