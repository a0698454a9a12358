using System.Globalization;
using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Features.Common;
using Bot.Features.Loyalty.Admin;
using Bot.Features.Loyalty.Linking;
using Bot.Features.Loyalty.Sync;
using Bot.Features.Menu;
using Bot.Features.Wallet;
using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty;

/// <summary>Seed 002: loyalty points for paid YCLIENTS visits. The client links a phone (/phone), sees the
/// points (/balance, the menu's), the bonuses (/history), the booking link (/book) and contacts (/contacts);
/// admins accrue or deduct by phone (/adjust). Handlers are pure: the phone is claimed by
/// <see cref="LinkPhoneEffect"/> (one user per phone), bonuses arrive as <see cref="LoyaltyCommands.Bonus"/>
/// from the sync and the webhook (<see cref="BonusBook"/>), adjustments run in <see cref="AdjustEffect"/>.</summary>
public sealed class LoyaltyFlow(IOptions<LoyaltyOptions> options, IOptions<BotOptions> bot) : IFlow
{
    public const string FlowName = "loyalty";

    private LoyaltyOptions Settings => options.Value;

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(LoyaltyTexts.MenuButton, LoyaltyCallbacks.Start, Order: 30);

    public IEnumerable<TextDefinition> Texts => LoyaltyTexts.All;

    public IEnumerable<string> KeptDataKeys => [LoyaltyData.History];

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("phone", LoyaltyTexts.CommandPhone),
        new("history", LoyaltyTexts.CommandHistory),
        new("book", LoyaltyTexts.CommandBook),
        new("contacts", LoyaltyTexts.CommandContacts),
        new("adjust", LoyaltyTexts.CommandAdjust, Roles.Admin),
    ];

    public void Map(RouteTable routes) => routes
        .Callback(LoyaltyCallbacks.Start, Intro)
        .Command("phone", AskPhone)
        .Command("history", History)
        .Command("book", Book)
        .Command("contacts", Contacts)
        .On(LoyaltyStates.Phone, InputKind.Contact, ContactShared)
        .On(LoyaltyStates.Phone, InputKind.Text, PhoneTyped)
        .WrongInput(LoyaltyStates.Phone, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.PhoneWrongInput), LoyaltyKeyboards.ShareContact(c))))
        .WrongInput(LoyaltyStates.Linking, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.Linking))))
        .Internal(LoyaltyCommands.Linked, Linked)
        .Internal(LoyaltyCommands.Bonus, Bonus)
        .Internal(LoyaltyCommands.Adjusted, Adjusted)
        .Command("adjust", AdjustStart, requires: Roles.Admin)
        .On(LoyaltyStates.AdjustPhone, InputKind.Text, AdjustPhone)
        .On(LoyaltyStates.AdjustPoints, InputKind.Text, AdjustPoints)
        .On(LoyaltyStates.AdjustReason, InputKind.Text, AdjustReason)
        .WrongInput(LoyaltyStates.AdjustPhone, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.AdjustAskPhone), LoyaltyKeyboards.Cancel(c))))
        .WrongInput(LoyaltyStates.AdjustPoints, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.AdjustBadPoints), LoyaltyKeyboards.Cancel(c))))
        .WrongInput(LoyaltyStates.AdjustReason, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.AdjustAskReason), LoyaltyKeyboards.Cancel(c))))
        .WrongInput(LoyaltyStates.AdjustConfirm, ctx => Other(ctx, c => c.Decide().Reply(c.T(LoyaltyTexts.AdjustWait))))
        .Callback(LoyaltyCallbacks.AdjustConfirm, AdjustConfirmed)
        .Callback(LoyaltyCallbacks.AdjustCancel, Cancel)
        .Internal(LoyaltyCommands.AdjustDone, AdjustDone);

    /// <summary>The menu button: what the card gives and the commands.</summary>
    internal Decision Intro(FlowContext ctx) =>
        ctx.Decide().Answer(null).Reply(ctx.T(LoyaltyTexts.Intro, ("percent", Settings.BonusPercent.ToString("0.##", CultureInfo.InvariantCulture))));

    /// <summary>/phone: the contact button (request_contact) or a typed number.</summary>
    internal static Decision AskPhone(FlowContext ctx) =>
        ClearAdjust(ctx.Decide()).GoTo(LoyaltyStates.Phone).Reply(ctx.T(LoyaltyTexts.AskPhone), LoyaltyKeyboards.ShareContact(ctx));

    /// <summary>A shared contact: only the user's own (Telegram's contact.user_id = the sender).</summary>
    internal static Decision ContactShared(FlowContext ctx)
    {
        if (ctx.Input.ContactUserId != ctx.Session.UserId)
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.NotOwnContact), LoyaltyKeyboards.ShareContact(ctx));
        }

        return Claim(ctx, ctx.Input.ContactPhone);
    }

    internal static Decision PhoneTyped(FlowContext ctx) =>
        IsCancelWord(ctx) ? Cancel(ctx) : Claim(ctx, ctx.Input.Text);

    private static Decision Claim(FlowContext ctx, string? text)
    {
        if (!Phones.TryNormalize(text, out var phone, out _))
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.InvalidPhone), LoyaltyKeyboards.ShareContact(ctx));
        }

        if (ctx.Session.Phone == phone)
        {
            return ctx.Decide().GoTo(ServiceStates.Menu).Reply(ctx.T(LoyaltyTexts.AlreadyLinked, ("phone", phone)), Markup.RemoveKeyboard);
        }

        return ctx.Decide()
            .GoTo(LoyaltyStates.Linking)
            .Set(LoyaltyData.Claiming, phone)
            .Reply(ctx.T(LoyaltyTexts.Linking), Markup.RemoveKeyboard)
            .Effect(LoyaltyEffects.Link, new LinkRequest(phone, ctx.Session.Phone));
    }

    /// <summary>The claim's outcome: the phone is the user's now, or another user holds it (who is not said).</summary>
    internal static Decision Linked(FlowContext ctx)
    {
        var outcome = ctx.Input.PayloadAs<LinkOutcome>()!;
        var decision = ctx.Decide();
        var waiting = ctx.Session.Get(LoyaltyData.Claiming) == outcome.Phone && ctx.Session.State == LoyaltyStates.Linking;
        if (ctx.Session.Get(LoyaltyData.Claiming) == outcome.Phone)
        {
            decision = decision.Set(LoyaltyData.Claiming, null);
        }

        if (outcome.Linked)
        {
            decision = decision.Change(s => s with { Phone = outcome.Phone }).Reply(ctx.T(LoyaltyTexts.Linked, ("phone", outcome.Phone)));
            return waiting ? decision.GoTo(ServiceStates.Menu) : decision;
        }

        // Refused: the dialog asks again (another number, or «Отмена»).
        return waiting
            ? decision.GoTo(LoyaltyStates.Phone).Reply(ctx.T(LoyaltyTexts.PhoneTaken), LoyaltyKeyboards.ShareContact(ctx))
            : decision.Reply(ctx.T(LoyaltyTexts.PhoneTaken));
    }

    /// <summary>A paid visit's bonus: posted once (ledger key <c>bonus:{recordId}</c>: a repeat is a duplicate
    /// posting and commits nothing, so the notice is sent once too), kept for /history, and the log says notified.</summary>
    internal static Decision Bonus(FlowContext ctx)
    {
        var credit = ctx.Input.PayloadAs<BonusCredit>()!;
        var balance = ctx.Session.Balance(Currencies.Points) + credit.Points;
        var at = credit.VisitAt ?? ctx.Now;
        return ctx.Decide()
            .Post(Currencies.Points, credit.Points, BonusCredit.LedgerKey(credit.RecordId), $"Loyalty bonus, YCLIENTS record {credit.RecordId}")
            .Change(s => BonusHistory.Add(s, new BonusHistory(credit.RecordId, at, credit.Amount, credit.Points)))
            .Reply(ctx.T(LoyaltyTexts.BonusNotice,
                ("points", credit.Points), ("date", at.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
                ("amount", Money.Format(credit.Amount)), ("balance", Money.Format(balance))))
            .Effect(LoyaltyEffects.Notified, new NotifiedRequest(credit.Phone ?? ctx.Session.Phone, BonusBook.BonusPending + credit.RecordId.ToString(CultureInfo.InvariantCulture), credit.RecordId));
    }

    /// <summary>An adjustment made while the phone was not linked: posted now (a deduction at most down to zero).</summary>
    internal static Decision Adjusted(FlowContext ctx)
    {
        var adjustment = ctx.Input.PayloadAs<PendingAdjustment>()!;
        var current = ctx.Session.Balance(Currencies.Points);
        var points = adjustment.Points < 0 ? -Math.Min(-adjustment.Points, (long)current) : adjustment.Points;
        var done = ctx.Decide().Effect(LoyaltyEffects.Notified,
            new NotifiedRequest(adjustment.Phone ?? ctx.Session.Phone, BonusBook.AdjustmentPending + adjustment.Key, null));
        if (points == 0)
        {
            return done;
        }

        return done
            .Post(Currencies.Points, points, PendingAdjustment.LedgerKey(adjustment.Key), adjustment.Reason)
            .Reply(ctx.T(LoyaltyTexts.AdjustmentNotice,
                ("delta", (points > 0 ? "+" : "") + points.ToString(CultureInfo.InvariantCulture)),
                ("reason", adjustment.Reason), ("balance", Money.Format(current + points))));
    }

    /// <summary>/history: the latest bonuses, newest first (date, visit amount, points).</summary>
    internal static Decision History(FlowContext ctx)
    {
        var history = BonusHistory.Of(ctx.Session);
        if (history.IsEmpty)
        {
            return ctx.Decide().Reply(ctx.T(ctx.Session.Phone is null ? LoyaltyTexts.HistoryNoPhone : LoyaltyTexts.HistoryEmpty));
        }

        var lines = history.AsEnumerable().Reverse().Select(h => ctx.T(LoyaltyTexts.HistoryLine,
            ("date", h.At.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)), ("amount", Money.Format(h.Amount)), ("points", h.Points)));
        return ctx.Decide().Reply(ctx.T(LoyaltyTexts.HistoryTitle) + "\n" + string.Join("\n", lines));
    }

    /// <summary>/book: the booking link (<c>Loyalty:BookUrl</c>).</summary>
    internal Decision Book(FlowContext ctx) =>
        IsHttpUrl(Settings.BookUrl)
            ? ctx.Decide().Reply(ctx.T(LoyaltyTexts.Book) + "\n" + Settings.BookUrl, LoyaltyKeyboards.Link(ctx.T(LoyaltyTexts.BookButton), Settings.BookUrl))
            : ctx.Decide().Reply(ctx.T(LoyaltyTexts.NotConfigured));

    /// <summary>/contacts: the map link (<c>Loyalty:MapUrl</c>) and the support phone (<c>Loyalty:SupportPhone</c>).</summary>
    internal Decision Contacts(FlowContext ctx)
    {
        var map = Settings.MapUrl.Trim();
        var phone = Settings.SupportPhone.Trim();
        if (map.Length == 0 && phone.Length == 0)
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.NotConfigured));
        }

        var text = ctx.T(LoyaltyTexts.Contacts, ("map", map.Length > 0 ? map : "—"), ("phone", phone.Length > 0 ? phone : "—"));
        return IsHttpUrl(map) ? ctx.Decide().Reply(text, LoyaltyKeyboards.Link(ctx.T(LoyaltyTexts.MapButton), map)) : ctx.Decide().Reply(text);
    }

    /// <summary>/adjust (admins): phone → points (±) → reason → confirmation → done.</summary>
    internal static Decision AdjustStart(FlowContext ctx) =>
        ClearAdjust(ctx.Decide()).GoTo(LoyaltyStates.AdjustPhone).Reply(ctx.T(LoyaltyTexts.AdjustAskPhone), LoyaltyKeyboards.Cancel(ctx));

    internal static Decision AdjustPhone(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        if (!Phones.TryNormalize(ctx.Input.Text, out var phone, out _))
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.InvalidPhone), LoyaltyKeyboards.Cancel(ctx));
        }

        return ctx.Decide().Set(LoyaltyData.AdjustPhone, phone).GoTo(LoyaltyStates.AdjustPoints)
            .Reply(ctx.T(LoyaltyTexts.AdjustAskPoints, ("phone", phone)), LoyaltyKeyboards.Cancel(ctx));
    }

    internal static Decision AdjustPoints(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var text = (ctx.Input.Text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace('−', '-');
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points)
            || points == 0 || Math.Abs(points) > LoyaltyAdjuster.MaxPoints)
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.AdjustBadPoints), LoyaltyKeyboards.Cancel(ctx));
        }

        return ctx.Decide().Set(LoyaltyData.AdjustPoints, points.ToString(CultureInfo.InvariantCulture)).GoTo(LoyaltyStates.AdjustReason)
            .Reply(ctx.T(LoyaltyTexts.AdjustAskReason), LoyaltyKeyboards.Cancel(ctx));
    }

    internal static Decision AdjustReason(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var reason = (ctx.Input.Text ?? "").Trim();
        if (reason.Length == 0 || reason.Length > LoyaltyAdjuster.MaxReasonLength)
        {
            return ctx.Decide().Reply(ctx.T(LoyaltyTexts.AdjustBadReason, ("max", LoyaltyAdjuster.MaxReasonLength)), LoyaltyKeyboards.Cancel(ctx));
        }

        var points = long.Parse(ctx.Session.Get(LoyaltyData.AdjustPoints) ?? "0", CultureInfo.InvariantCulture);
        return ctx.Decide().Set(LoyaltyData.AdjustReason, reason).GoTo(LoyaltyStates.AdjustConfirm)
            .Reply(ctx.T(LoyaltyTexts.AdjustConfirm, ("phone", ctx.Session.Get(LoyaltyData.AdjustPhone)), ("delta", Signed(points)), ("reason", reason)),
                LoyaltyKeyboards.Confirm(ctx), keepIdAs: LoyaltyData.Prompt);
    }

    /// <summary>«Подтвердить»: the adjustment runs as an effect (keyed by this press), its result comes back as
    /// loyalty.adjust-done. A second press finds the state moved on.</summary>
    internal Decision AdjustConfirmed(FlowContext ctx)
    {
        if (ctx.Session.State != LoyaltyStates.AdjustConfirm || !Roles.Has(ctx.Session, Roles.Admin, bot.Value)
            || ctx.Session.Get(LoyaltyData.AdjustPhone) is not { } phone
            || !long.TryParse(ctx.Session.Get(LoyaltyData.AdjustPoints), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points))
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var request = new AdjustRequest(phone, points, ctx.Session.Get(LoyaltyData.AdjustReason) ?? "");
        var decision = ctx.Input.MessageId is { } pressed ? ctx.Decide().ClearButtons(pressed).Set(LoyaltyData.Prompt, null) : ctx.Decide();
        return ClearAdjust(decision)
            .GoTo(ServiceStates.Menu)
            .Answer(ctx.T(LoyaltyTexts.AdjustWorking))
            .Effect(LoyaltyEffects.Adjust, request);
    }

    internal static Decision AdjustDone(FlowContext ctx)
    {
        var result = ctx.Input.PayloadAs<AdjustResult>()!;
        var text = result switch
        {
            { Error: { } error } => ctx.T(LoyaltyTexts.AdjustRefused, ("reason", error)),
            { UserId: not null } => ctx.T(LoyaltyTexts.AdjustDoneLinked, ("phone", result.Phone), ("delta", Signed(result.Points)), ("balance", result.Balance)),
            _ => ctx.T(LoyaltyTexts.AdjustDonePending, ("phone", result.Phone), ("delta", Signed(result.Points)), ("balance", result.Balance)),
        };
        return ctx.Decide().Reply(text);
    }

    /// <summary>«Отмена» (button or word) in any loyalty dialog: back to the menu.</summary>
    internal static Decision Cancel(FlowContext ctx)
    {
        var decision = ctx.Input.Kind == InputKind.Callback && ctx.Input.MessageId is { } pressed ? ctx.Decide().ClearButtons(pressed) : ctx.Decide();
        return ClearAdjust(decision.ClearKeptButtons(LoyaltyData.Prompt))
            .Set(LoyaltyData.Claiming, null)
            .GoTo(ServiceStates.Menu)
            .Reply(ctx.T(LoyaltyTexts.Cancelled), Markup.RemoveKeyboard);
    }

    /// <summary>Anything but the expected input: the cancel word, an unknown command, a stale button, else the hint.</summary>
    private static Decision Other(FlowContext ctx, Handler hint) => ctx.Input.Kind switch
    {
        InputKind.Text when IsCancelWord(ctx) => Cancel(ctx),
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => hint(ctx),
    };

    private static Decision ClearAdjust(Decision decision) => decision
        .Set(LoyaltyData.AdjustPhone, null).Set(LoyaltyData.AdjustPoints, null).Set(LoyaltyData.AdjustReason, null);

    private static string Signed(long points) => (points > 0 ? "+" : "") + points.ToString(CultureInfo.InvariantCulture);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsCancelWord(FlowContext ctx) =>
        ctx.Input.Text is { } text
        && (string.Equals(text.Trim(), ctx.Texts.Get(LoyaltyTexts.CancelButton, "ru"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(text.Trim(), ctx.Texts.Get(LoyaltyTexts.CancelButton, "en"), StringComparison.OrdinalIgnoreCase));
}
