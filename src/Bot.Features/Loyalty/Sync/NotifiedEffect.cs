using Bot.Engine.Effects;

namespace Bot.Features.Loyalty.Sync;

/// <summary>Runs after the commit that posted a bonus and its notice: the bonus log's <c>notified</c>.</summary>
public sealed class NotifiedEffect(BonusBook bonuses) : IEffectHandler
{
    public string Name => LoyaltyEffects.Notified;

    public Task RunAsync(EffectContext context, CancellationToken ct) =>
        bonuses.MarkNotifiedAsync(context.PayloadAs<NotifiedRequest>(), context.UserId, ct);
}
