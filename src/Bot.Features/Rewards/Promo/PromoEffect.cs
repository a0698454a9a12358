using Bot.Engine.Effects;
using Bot.Engine.Records;

namespace Bot.Features.Rewards.Promo;

/// <summary>Takes one use of a promo code with one winner (<see cref="SharedRecords"/>): the last use raced by
/// two users goes to one of them, the other hears "exhausted". Once per user is the user's session's job
/// (checked before, and by the ledger key <c>promo:{code}</c>).</summary>
public sealed class PromoEffect(SharedRecords records, TimeProvider clock) : IEffectHandler
{
    public string Name => RewardsCommands.PromoEffect;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var code = context.PayloadAs<PromoRequest>().Code;
        var now = clock.GetUtcNow();
        var result = await records.ChangeAsync<PromoCode, PromoOutcome>(RewardsTables.Promo, code, RewardsTables.PromoRow, context.Key,
            promo => Decide(promo, code, now), ct);
        await records.NotifyAsync(context.UserId, RewardsCommands.PromoResult, context.Key, result.Outcome, ct);
    }

    public static Change<PromoCode, PromoOutcome> Decide(PromoCode? promo, string code, DateTimeOffset now) => promo switch
    {
        null => Change<PromoCode, PromoOutcome>.Keep(new PromoOutcome(code, PromoOutcome.Unknown, 0)),
        _ when now >= promo.ExpiresAt => Change<PromoCode, PromoOutcome>.Keep(new PromoOutcome(code, PromoOutcome.Expired, 0)),
        _ when promo.Uses >= promo.MaxUses => Change<PromoCode, PromoOutcome>.Keep(new PromoOutcome(code, PromoOutcome.Exhausted, 0)),
        _ => Change<PromoCode, PromoOutcome>.Write(promo with { Uses = promo.Uses + 1 }, new PromoOutcome(code, PromoOutcome.Granted, promo.Points)),
    };
}
