using System.Globalization;
using Bot.Engine.Ledger;
using Bot.Engine.Routing;

namespace Bot.Features.Rewards.Referrals;

/// <summary>/invite gives <c>t.me/&lt;bot&gt;?start=ref_&lt;code&gt;</c>; a user whose very first message is
/// <c>/start ref_&lt;code&gt;</c> rewards both sides <see cref="RewardsOptions.ReferralPoints"/> once. No reward for
/// oneself, for a user who had used the bot before, or twice; an unknown code is answered politely.</summary>
internal sealed class ReferralHandlers(Func<RewardsOptions> settings)
{
    public Decision Invite(FlowContext ctx)
    {
        var options = settings();
        var code = ReferralCode.Of(ctx.Session.UserId);
        var bot = options.BotUsername.Trim().TrimStart('@');
        return ctx.Decide().Reply(bot.Length == 0
            ? ctx.T(RewardsTexts.InviteNoLink, ("code", code), ("points", options.ReferralPoints))
            : ctx.T(RewardsTexts.Invite, ("link", $"https://t.me/{bot}?start=ref_{code}"), ("points", options.ReferralPoints)));
    }

    /// <summary>The <c>ref_</c> deep link, after the greeting. A session that has committed anything before
    /// (<c>Seq &gt; 0</c>) belongs to a user who had already started the bot.</summary>
    public static Decision Started(Decision greeted, FlowContext ctx, string code)
    {
        var referrer = ReferralCode.Parse(code);
        if (referrer is null)
        {
            return greeted.Reply(ctx.T(RewardsTexts.ReferralUnknown));
        }

        if (referrer == ctx.Session.UserId)
        {
            return greeted.Reply(ctx.T(RewardsTexts.ReferralSelf));
        }

        if (ctx.Session.Seq > 0 || ctx.Session.Get(RewardsData.ReferredBy) is not null)
        {
            return greeted.Reply(ctx.T(RewardsTexts.ReferralNotNew));
        }

        return greeted
            .Set(RewardsData.ReferredBy, referrer.Value.ToString(CultureInfo.InvariantCulture))
            .Effect(RewardsCommands.ReferralEffect, new ReferralRequest(referrer.Value, ctx.Session.UserId, ctx.Session.FirstName));
    }

    public Decision Joined(FlowContext ctx)
    {
        var points = settings().ReferralPoints;
        var balance = ctx.Session.Balance(Currencies.Points) + points;
        return ctx.Decide()
            .Post(Currencies.Points, points, "ref:joined", $"Joined by invitation of {ctx.Input.PayloadAs<ReferralRequest>()!.ReferrerId}")
            .Reply(ctx.T(RewardsTexts.ReferralJoined, ("points", points), ("balance", balance)));
    }

    public Decision Rewarded(FlowContext ctx)
    {
        var request = ctx.Input.PayloadAs<ReferralRequest>()!;
        var points = settings().ReferralPoints;
        var balance = ctx.Session.Balance(Currencies.Points) + points;
        return ctx.Decide()
            .Post(Currencies.Points, points, $"ref:{request.NewUserId}", $"Invited user {request.NewUserId}")
            .Reply(ctx.T(RewardsTexts.ReferralReward, ("name", request.NewUserName ?? request.NewUserId.ToString(CultureInfo.InvariantCulture)), ("points", points), ("balance", balance)));
    }

    public static Decision Unknown(FlowContext ctx) =>
        ctx.Decide().Set(RewardsData.ReferredBy, null).Reply(ctx.T(RewardsTexts.ReferralUnknown));
}
