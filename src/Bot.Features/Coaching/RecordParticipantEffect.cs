using Bot.Engine.Effects;

namespace Bot.Features.Coaching;

/// <summary>Keeps the trainers' index and the answers up to date after a commit (idempotent: a repeated
/// run rewrites the same rows, and an older snapshot never overwrites a newer one).</summary>
public sealed class RecordParticipantEffect(ParticipantStore store) : IEffectHandler
{
    public const string EffectName = "coaching.record";

    public string Name => EffectName;

    public Task RunAsync(EffectContext context, CancellationToken ct) => store.WriteAsync(context.PayloadAs<ParticipantUpdate>(), ct);
}
