using Bot.Engine.Effects;

namespace Bot.Engine.FanOuts;

/// <summary>Counts a fan-out recipient whose handler sent nothing (skipped); idempotent (insert-only row).</summary>
internal sealed class FanOutOutcomeEffect(FanOut fanOut) : IEffectHandler
{
    public string Name => EngineEffects.FanOutOutcome;

    public Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<FanOutOutcomeRequest>();
        return fanOut.RecordAsync(request.FanOutId, request.UserId, request.Outcome, ct);
    }
}
