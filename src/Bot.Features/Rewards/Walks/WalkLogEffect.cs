using Bot.Engine.Effects;

namespace Bot.Features.Rewards.Walks;

/// <summary>Writes a finished walk to the export table (idempotent: the row is keyed by the walk id).</summary>
public sealed class WalkLogEffect(WalkStore walks) : IEffectHandler
{
    public string Name => RewardsCommands.WalkLogEffect;

    public Task RunAsync(EffectContext context, CancellationToken ct) => walks.SaveAsync(context.PayloadAs<WalkRecord>(), ct);
}
