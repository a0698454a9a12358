using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Engine.Inbox;
using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Time;
using Bot.Features.Rewards.Walks;

namespace Bot.Features.Rewards.Families;

/// <summary>/family: create (a name), invite (link or code), join (code, or the deep link <c>fam_&lt;code&gt;</c>),
/// the card (members, pool), leave. One family per user, one family change in flight at a time; the family record
/// itself changes only in <see cref="FamilyEffect"/>.</summary>
internal sealed class FamilyHandlers(Func<RewardsOptions> settings, UserTimeZones zones)
{
    public const int MaxNameLength = 40;
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public Decision Show(FlowContext ctx)
    {
        var family = ctx.Session.Get(RewardsData.Family);
        if (family is null)
        {
            return WalkHandlers.Pressed(ctx).GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.FamilyNone), RewardsKeyboards.NoFamily(ctx), keepIdAs: RewardsData.Prompt);
        }

        return WalkHandlers.Pressed(ctx).GoTo(ServiceStates.Menu).Effect(RewardsCommands.FamilyViewEffect, new FamilyViewQuery(family, Invite: false));
    }

    public static Decision Invite(FlowContext ctx) =>
        ctx.Session.Get(RewardsData.Family) is { } family
            ? ctx.Decide().Answer(null).Effect(RewardsCommands.FamilyViewEffect, new FamilyViewQuery(family, Invite: true))
            : WalkHandlers.Pressed(ctx).Reply(ctx.T(RewardsTexts.FamilyNone), RewardsKeyboards.NoFamily(ctx), keepIdAs: RewardsData.Prompt);

    public Decision Viewed(FlowContext ctx)
    {
        var view = ctx.Input.PayloadAs<FamilyViewResult>()!;
        var family = view.Family;
        if (family is null || family.Closed || !family.Has(ctx.Session.UserId))
        {
            // The family is gone (or this user was taken out): the session catches up.
            var decision = ctx.Decide();
            if (ctx.Session.Get(RewardsData.Family) == view.FamilyId)
            {
                decision = decision.Set(RewardsData.Family, null);
            }

            return decision.Reply(ctx.T(RewardsTexts.FamilyNone), RewardsKeyboards.NoFamily(ctx), keepIdAs: RewardsData.Prompt);
        }

        if (view.Invite)
        {
            return ctx.Decide().Reply(InviteText(ctx, family.FamilyId, family.Name));
        }

        var members = string.Join('\n', family.Members.OrderBy(m => m.JoinedAt).Select(m =>
            $"• {m.FirstName ?? m.UserId.ToString(CultureInfo.InvariantCulture)}{(m.UserId == family.OwnerId ? " (" + ctx.T(RewardsTexts.FamilyOwnerMark) + ")" : "")} — {family.StepsOf(m.UserId)}"));
        var end = zones.LocalAt(ctx.Session, family.PeriodEnd).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        return ctx.Decide().Reply(
            ctx.T(RewardsTexts.FamilyCard, ("name", family.Name), ("code", family.FamilyId), ("members", members), ("pool", family.Pool), ("period_end", end), ("shared", family.Shared)),
            RewardsKeyboards.FamilyCard(ctx), keepIdAs: RewardsData.Prompt);
    }

    public static Decision AskName(FlowContext ctx) => Refusal(ctx) ?? WalkHandlers.Pressed(ctx).GoTo(RewardsStates.FamilyName)
        .Reply(ctx.T(RewardsTexts.FamilyAskName), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);

    public static Decision AskCode(FlowContext ctx) => Refusal(ctx) ?? WalkHandlers.Pressed(ctx).GoTo(RewardsStates.FamilyCode)
        .Reply(ctx.T(RewardsTexts.FamilyAskCode), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);

    public static Decision NameEntered(FlowContext ctx)
    {
        var name = ctx.Input.Text?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.FamilyBadName));
        }

        if (Refusal(ctx) is { } refused)
        {
            return refused;
        }

        var id = NewFamilyId(ctx.Session.UserId, ctx.Input.Key);
        return ctx.Decide().ClearKeptButtons(RewardsData.Prompt).GoTo(ServiceStates.Menu)
            .Set(RewardsData.FamilyPending, FamilyOps.Create)
            .Effect(RewardsCommands.FamilyEffect, new FamilyRequest(FamilyOps.Create, id, ctx.Session.UserId, ctx.Session.FirstName, Name: name));
    }

    public static Decision CodeEntered(FlowContext ctx) => Join(ctx.Decide().ClearKeptButtons(RewardsData.Prompt).GoTo(ServiceStates.Menu), ctx, ctx.Input.Text);

    /// <summary>Join by code (typed, or <c>fam_&lt;code&gt;</c> from a deep link after the greeting <paramref name="decision"/>).</summary>
    public static Decision Join(Decision decision, FlowContext ctx, string? code)
    {
        if (Refusal(ctx) is { } refused)
        {
            return decision with { Outbox = decision.Outbox.AddRange(refused.Outbox) };
        }

        var familyId = (code ?? "").Trim().ToUpperInvariant();
        if (familyId.Length is 0 or > 16 || !familyId.All(char.IsAsciiLetterOrDigit))
        {
            return decision.Reply(ctx.T(RewardsTexts.FamilyNotFound, ("code", familyId)));
        }

        return decision
            .Set(RewardsData.FamilyPending, FamilyOps.Join)
            .Effect(RewardsCommands.FamilyEffect, new FamilyRequest(FamilyOps.Join, familyId, ctx.Session.UserId, ctx.Session.FirstName));
    }

    public static Decision Leave(FlowContext ctx)
    {
        if (ctx.Session.Get(RewardsData.FamilyPending) is not null)
        {
            return ctx.Decide().Answer(ctx.T(RewardsTexts.FamilyBusy)).Reply(ctx.T(RewardsTexts.FamilyBusy));
        }

        if (ctx.Session.Get(RewardsData.Family) is not { } family)
        {
            return WalkHandlers.Pressed(ctx).Reply(ctx.T(RewardsTexts.FamilyNone), RewardsKeyboards.NoFamily(ctx), keepIdAs: RewardsData.Prompt);
        }

        return WalkHandlers.Pressed(ctx)
            .Set(RewardsData.FamilyPending, FamilyOps.Leave)
            .Effect(RewardsCommands.FamilyEffect, new FamilyRequest(FamilyOps.Leave, family, ctx.Session.UserId, ctx.Session.FirstName));
    }

    /// <summary>The family's answer to this user's change.</summary>
    public Decision Result(FlowContext ctx)
    {
        var outcome = ctx.Input.PayloadAs<FamilyOutcome>()!;
        if (outcome.Op == FamilyOps.Contribute)
        {
            return outcome.Status == FamilyOps.Ok ? ctx.Decide() : ContributionReturned(ctx, outcome);
        }

        var decision = ctx.Decide().Set(RewardsData.FamilyPending, null);
        var ok = outcome.Status == FamilyOps.Ok;
        switch (outcome.Op)
        {
            case FamilyOps.Create when ok:
                var settle = new FamilySettleRequest(outcome.FamilyId, outcome.PeriodEnd!.Value);
                return decision.Set(RewardsData.Family, outcome.FamilyId)
                    .Schedule(settle.PeriodEnd, ctx.Session.UserId, InternalCommand.Create(RewardsCommands.FamilySettle, settle.Key, settle))
                    .Reply(ctx.T(RewardsTexts.FamilyCreated, ("name", outcome.Name), ("code", outcome.FamilyId)))
                    .Reply(InviteText(ctx, outcome.FamilyId, outcome.Name ?? ""), RewardsKeyboards.FamilyCard(ctx), keepIdAs: RewardsData.Prompt);
            case FamilyOps.Create:
                return decision.Reply(ctx.T(RewardsTexts.FamilyIdClash));
            case FamilyOps.Join when ok:
                return decision.Set(RewardsData.Family, outcome.FamilyId).Reply(ctx.T(RewardsTexts.FamilyJoined, ("name", outcome.Name)), RewardsKeyboards.FamilyCard(ctx), keepIdAs: RewardsData.Prompt);
            case FamilyOps.Join:
                return decision.Reply(ctx.T(RewardsTexts.FamilyNotFound, ("code", outcome.FamilyId)));
            case FamilyOps.Leave:
                decision = ctx.Session.Get(RewardsData.Family) == outcome.FamilyId ? decision.Set(RewardsData.Family, null) : decision;
                if (!ok)
                {
                    return decision.Reply(ctx.T(RewardsTexts.FamilyNotMember));
                }

                if (outcome.Closed)
                {
                    var balance = ctx.Session.Balance(Currencies.Points) + outcome.Payout;
                    decision = outcome.Payout > 0
                        ? decision.Post(Currencies.Points, outcome.Payout, $"famclose:{outcome.FamilyId}", $"Family {outcome.FamilyId} closed: its pool")
                        : decision;
                    return decision.Reply(ctx.T(RewardsTexts.FamilyLeftClosed, ("name", outcome.Name), ("points", outcome.Payout), ("balance", balance)));
                }

                return decision.Reply(ctx.T(RewardsTexts.FamilyLeft, ("name", outcome.Name)));
            default:
                return decision;
        }
    }

    public static Decision News(FlowContext ctx)
    {
        var news = ctx.Input.PayloadAs<FamilyNews>()!;
        var key = news.Kind switch
        {
            FamilyNews.Joined => RewardsTexts.FamilyMemberJoined,
            FamilyNews.Left => RewardsTexts.FamilyMemberLeft,
            _ => RewardsTexts.FamilyNewOwner,
        };
        return ctx.Decide().Reply(ctx.T(key, ("name", news.FamilyName), ("member", news.Member)));
    }

    /// <summary>The scheduled end of a period: the share-out runs in <see cref="FamilyEffect"/>.</summary>
    public static Decision Settle(FlowContext ctx)
    {
        var settle = ctx.Input.PayloadAs<FamilySettleRequest>()!;
        return ctx.Decide().Effect(RewardsCommands.FamilyEffect,
            new FamilyRequest(FamilyOps.Settle, settle.FamilyId, ctx.Session.UserId, PeriodEnd: settle.PeriodEnd));
    }

    /// <summary>This member's share of a period: posted once (key <c>famshare:{family}:{period end}</c>) and told.</summary>
    public static Decision Share(FlowContext ctx)
    {
        var outcome = ctx.Input.PayloadAs<FamilyOutcome>()!;
        var line = outcome.Shares?.SingleOrDefault(s => s.UserId == ctx.Session.UserId);
        if (line is null)
        {
            return ctx.Decide();
        }

        var total = outcome.TotalSteps;
        if (total == 0 && outcome.Pool > 0)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.FamilyShareNone, ("name", outcome.Name), ("pool", outcome.Pool)));
        }

        var decision = line.Points > 0
            ? ctx.Decide().Post(Currencies.Points, line.Points, FamilySettleRequest.ShareKey(outcome.FamilyId, outcome.PeriodEnd!.Value), $"Family {outcome.FamilyId} share: {line.Steps} of the family's steps")
            : ctx.Decide();
        return decision.Reply(ctx.T(RewardsTexts.FamilyShare, ("name", outcome.Name), ("pool", outcome.Pool), ("steps", line.Steps), ("total", total), ("points", line.Points)));
    }

    /// <summary>A family walk whose family is gone (or the user left): its points go to the user.</summary>
    private static Decision ContributionReturned(FlowContext ctx, FamilyOutcome outcome)
    {
        if (outcome.Points <= 0 || outcome.WalkId is null)
        {
            return ctx.Decide();
        }

        var balance = ctx.Session.Balance(Currencies.Points) + outcome.Points;
        return ctx.Decide()
            .Post(Currencies.Points, outcome.Points, ActiveWalk.LedgerKey(outcome.WalkId), $"Walk {outcome.WalkId}: the family was gone")
            .Reply(ctx.T(RewardsTexts.FamilyGoneWalkCredited, ("points", outcome.Points), ("balance", balance)));
    }

    private static Decision? Refusal(FlowContext ctx)
    {
        if (ctx.Session.Get(RewardsData.FamilyPending) is not null)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.FamilyBusy));
        }

        return ctx.Session.Get(RewardsData.Family) is not null
            ? WalkHandlers.Pressed(ctx).GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.FamilyAlready))
            : null;
    }

    private string InviteText(FlowContext ctx, string familyId, string name)
    {
        var bot = settings().BotUsername.Trim().TrimStart('@');
        return bot.Length == 0
            ? ctx.T(RewardsTexts.FamilyInviteNoLink, ("name", name), ("code", familyId))
            : ctx.T(RewardsTexts.FamilyInvite, ("name", name), ("code", familyId), ("link", $"https://t.me/{bot}?start=fam_{familyId}"));
    }

    /// <summary>An 8-character code (no 0/O/1/I) derived from the message key: the same on a re-run, new per message.</summary>
    internal static string NewFamilyId(long userId, string inputKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}|{inputKey}"));
        return new string(hash.Take(8).Select(b => CodeAlphabet[b % CodeAlphabet.Length]).ToArray());
    }
}
