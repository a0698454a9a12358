using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Rewards.Walks;

namespace Bot.Features.Rewards.Promo;

/// <summary>/promo → the seed's promo_intro → the code (trimmed, any case) → one use taken by
/// <see cref="PromoEffect"/> → points once per user (ledger key <c>promo:{CODE}</c>).</summary>
internal static class PromoHandlers
{
    public static Decision Ask(FlowContext ctx) =>
        WalkHandlers.Pressed(ctx).GoTo(RewardsStates.PromoCode).Reply(ctx.T(RewardsTexts.PromoIntro), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);

    public static Decision CodeEntered(FlowContext ctx)
    {
        var code = PromoCode.Normalize(ctx.Input.Text);
        if (code.Length == 0)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.PromoEmpty));
        }

        if (Used(ctx.Session).Contains(code))
        {
            return ctx.Decide().ClearKeptButtons(RewardsData.Prompt).GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.PromoReused, ("code", code)));
        }

        if (ctx.Session.Get(RewardsData.PromoPending) is not null)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.PromoBusy));
        }

        return ctx.Decide().ClearKeptButtons(RewardsData.Prompt).GoTo(ServiceStates.Menu)
            .Set(RewardsData.PromoPending, code)
            .Reply(ctx.T(RewardsTexts.PromoChecking))
            .Effect(RewardsCommands.PromoEffect, new PromoRequest(code));
    }

    public static Decision Result(FlowContext ctx)
    {
        var outcome = ctx.Input.PayloadAs<PromoOutcome>()!;
        var decision = ctx.Decide().Set(RewardsData.PromoPending, null);
        if (outcome.Status != PromoOutcome.Granted)
        {
            var key = outcome.Status switch
            {
                PromoOutcome.Expired => RewardsTexts.PromoExpired,
                PromoOutcome.Exhausted => RewardsTexts.PromoExhausted,
                _ => RewardsTexts.PromoUnknown,
            };
            return decision.Reply(ctx.T(key, ("code", outcome.Code)));
        }

        var used = Used(ctx.Session);
        if (used.Contains(outcome.Code))
        {
            return decision.Reply(ctx.T(RewardsTexts.PromoReused, ("code", outcome.Code)));
        }

        var balance = ctx.Session.Balance(Currencies.Points) + outcome.Points;
        return decision
            .Set(RewardsData.PromoUsed, string.Join(',', used.Append(outcome.Code)))
            .Post(Currencies.Points, outcome.Points, PromoOutcome.LedgerKey(outcome.Code), $"Promo code {outcome.Code}")
            .Reply(ctx.T(RewardsTexts.PromoGranted, ("code", outcome.Code), ("points", outcome.Points), ("balance", RewardsFormat.Number(balance))));
    }

    private static IReadOnlyList<string> Used(Session session) =>
        session.Get(RewardsData.PromoUsed)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
