using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Features.Menu;
using Microsoft.Extensions.Options;

namespace Bot.Features.Wallet;

/// <summary>Seed 004: top up the balance through the payment provider. Handlers are pure: the invoice is
/// created and checked by effects (<see cref="CreateInvoiceEffect"/>, <see cref="CheckPaymentEffect"/>),
/// whose answers come back as internal commands, and by the PaymentPolling timer
/// (<see cref="PaymentPoller"/>). A paid invoice is credited with the ledger key <c>pay:{paymentId}</c>.</summary>
public sealed class WalletFlow(IOptions<WalletOptions> options) : IFlow, IHasOwnStart
{
    public const string FlowName = "wallet";

    private WalletOptions Settings => options.Value;

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(WalletTexts.MenuButton, WalletCallbacks.Start, Order: 10);

    public IEnumerable<TextDefinition> Texts => WalletTexts.All;

    public IEnumerable<string> KeptDataKeys => [WalletData.Open, WalletData.Done];

    public void Map(RouteTable routes) => routes
        .Callback(WalletCallbacks.Start, AskAmount)
        .Callback(WalletCallbacks.Confirm, Confirm)
        .Callback(WalletCallbacks.Cancel, Cancel)
        .Callback(WalletCallbacks.CheckPrefix, Check)
        .On(WalletStates.Amount, InputKind.Text, AmountEntered)
        .WrongInput(WalletStates.Amount, ctx => Other(ctx, c => AmountRefused(c, AmountError.NotANumber)))
        .WrongInput(WalletStates.Confirm, ctx => Other(ctx, c =>
            DropPrompt(c, c.Decide()).Reply(c.T(WalletTexts.ConfirmWait), WalletKeyboards.Confirm(c), keepIdAs: WalletData.Prompt)))
        .WrongInput(WalletStates.Creating, ctx => Other(ctx, c => c.Decide().Reply(c.T(WalletTexts.CreatingWait))))
        .WrongInput(WalletStates.Waiting, ctx => Other(ctx, WaitingHint))
        .Internal(WalletCommands.Created, Created)
        .Internal(WalletCommands.Failed, Failed)
        .Internal(WalletCommands.Status, Status);

    /// <summary>The seed's greeting with the top-up button; also where every "start over" lands.</summary>
    public Decision Start(FlowContext ctx) => Restart(ctx, ctx.Decide());

    /// <summary>"Пополнить баланс": ask for the amount (from any state; open invoices stay open).</summary>
    internal static Decision AskAmount(FlowContext ctx) =>
        // The pressed "Пополнить баланс" may sit under a greeting or the main menu: those keep their buttons.
        DropPrompt(ctx, ctx.Decide(), clearPressed: false)
            .Change(ClearDialog)
            .GoTo(WalletStates.Amount)
            .Reply(ctx.T(WalletTexts.AskAmount), WalletKeyboards.Cancel(ctx), keepIdAs: WalletData.Prompt);

    internal Decision AmountEntered(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var (amount, error) = AmountParser.Parse(ctx.Input.Text, Settings.MaxAmount);
        if (error != AmountError.None)
        {
            return AmountRefused(ctx, error);
        }

        return DropPrompt(ctx, ctx.Decide())
            .GoTo(WalletStates.Confirm)
            .Set(WalletData.Amount, amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Reply(ctx.T(WalletTexts.Confirm, ("amount", amount)), WalletKeyboards.Confirm(ctx), keepIdAs: WalletData.Prompt);
    }

    internal Decision AmountRefused(FlowContext ctx, AmountError error)
    {
        var key = error switch
        {
            AmountError.NotPositive => WalletTexts.AmountNotPositive,
            AmountError.Fraction => WalletTexts.AmountFraction,
            AmountError.TooLarge => WalletTexts.AmountTooLarge,
            _ => WalletTexts.AmountNotANumber,
        };
        return DropPrompt(ctx, ctx.Decide()).Reply(ctx.T(key, ("max", Settings.MaxAmount)), WalletKeyboards.Cancel(ctx), keepIdAs: WalletData.Prompt);
    }

    /// <summary>"Подтвердить": ask the provider for the invoice. A second press finds the state moved on.</summary>
    internal static Decision Confirm(FlowContext ctx)
    {
        if (ctx.Session.State != WalletStates.Confirm || !decimal.TryParse(ctx.Session.Get(WalletData.Amount),
                System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount))
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = DropPrompt(ctx, ctx.Decide())
            .GoTo(WalletStates.Creating)
            .Set(WalletData.Request, ctx.Input.Key)
            .Answer(ctx.T(WalletTexts.Creating))
            .Effect(WalletEffects.Create, new CreateInvoiceRequest(amount, ctx.Input.Key, ctx.T(WalletTexts.InvoiceDescription)));
        return decision;
    }

    /// <summary>"Отмена" (button or word): start over. Open invoices stay open and are still credited if paid.</summary>
    internal Decision Cancel(FlowContext ctx) => Restart(ctx, DropPrompt(ctx, ctx.Decide()));

    /// <summary>"Проверить оплату": the check effect asks the provider and answers with wallet.status.</summary>
    internal static Decision Check(FlowContext ctx)
    {
        var paymentId = WalletCallbacks.PaymentIdOf(ctx.Input.CallbackData) ?? ctx.Session.Get(WalletData.Invoice);
        if (paymentId is null)
        {
            return ctx.Decide().Answer(ctx.T(WalletTexts.InvoiceClosed));
        }

        return ctx.Decide()
            .Answer(ctx.T(WalletTexts.Checking))
            .Effect(WalletEffects.Check, new CheckPaymentRequest(paymentId));
    }

    /// <summary>The provider created the invoice: remember it as open, and show it if the dialog still waits for it.</summary>
    internal Decision Created(FlowContext ctx)
    {
        var created = ctx.Input.PayloadAs<InvoiceCreated>()!;
        var waitsForIt = ctx.Session.State == WalletStates.Creating && ctx.Session.Get(WalletData.Request) == created.RequestId;
        if (FinalInvoices.Contains(ctx.Session, created.PaymentId))
        {
            // The timer saw it paid before this answer arrived; the user was told then.
            return waitsForIt ? ctx.Decide().Change(ClearDialog).GoTo(ServiceStates.Menu) : ctx.Decide();
        }

        var open = OpenInvoices.Of(ctx.Session).Add(new OpenInvoice(created.PaymentId, created.Amount, created.CreatedAt));
        var decision = ctx.Decide().Change(open.WriteTo);
        if (!waitsForIt)
        {
            // The user moved on meanwhile: the invoice stays open (paid → credited; else it expires quietly).
            return decision;
        }

        return decision
            .GoTo(WalletStates.Waiting)
            .Set(WalletData.Amount, null)
            .Set(WalletData.Request, null)
            .Set(WalletData.Invoice, created.PaymentId)
            .Set(WalletData.Url, created.ConfirmationUrl)
            .Reply(
                ctx.T(WalletTexts.InvoiceCreated, ("amount", Money.Format(created.Amount)), ("minutes", Settings.InvoiceLifetimeMinutes)),
                WalletKeyboards.Invoice(ctx, created.PaymentId, created.ConfirmationUrl),
                keepIdAs: WalletData.InvoiceMessage(created.PaymentId));
    }

    /// <summary>The provider failed to create the invoice (the effect wrote the audit entry): say so, start over.</summary>
    internal Decision Failed(FlowContext ctx)
    {
        var failed = ctx.Input.PayloadAs<InvoiceFailed>()!;
        if (ctx.Session.State != WalletStates.Creating || ctx.Session.Get(WalletData.Request) != failed.RequestId)
        {
            return ctx.Decide();
        }

        return Restart(ctx, ctx.Decide().Reply(ctx.T(WalletTexts.Error)));
    }

    /// <summary>What the provider said about a payment, from the check button or the PaymentPolling timer.</summary>
    internal Decision Status(FlowContext ctx)
    {
        var report = ctx.Input.PayloadAs<PaymentStatusReport>()!;
        var session = ctx.Session;
        var open = OpenInvoices.Of(session);
        var invoice = open.Find(report.PaymentId);
        var isCurrent = session.State == WalletStates.Waiting && session.Get(WalletData.Invoice) == report.PaymentId;

        if (report.Failed)
        {
            // Only the button reports failures (the timer retries next minute); the invoice stays open.
            if (!report.Asked)
            {
                return ctx.Decide();
            }

            var error = ctx.Decide().Reply(ctx.T(WalletTexts.Error));
            return isCurrent ? Restart(ctx, error) : error;
        }

        if (invoice is null)
        {
            return StatusOfUnknownInvoice(ctx, report);
        }

        var expired = report.State == PaymentState.Expired
            || (report.State is PaymentState.Waiting or PaymentState.Unknown && (report.Final || ctx.Now >= invoice.CreatedAt + Settings.Lifetime));
        return report.State switch
        {
            PaymentState.Paid => Credit(ctx, report.PaymentId, report.Amount ?? invoice.Amount, open, isCurrent),
            PaymentState.Rejected => Close(ctx, invoice, PaymentState.Rejected, open, isCurrent),
            _ when expired => Close(ctx, invoice, PaymentState.Expired, open, isCurrent),
            PaymentState.Unknown => ctx.Decide().Reply(ctx.T(WalletTexts.UnknownStatus, ("status", report.RawStatus ?? "?"))),
            _ when report.Asked => ctx.Decide().Reply(ctx.T(WalletTexts.WaitingPayment)),
            _ => ctx.Decide(),
        };
    }

    /// <summary>A status for an invoice the session does not hold open: one that became final before (a
    /// duplicate, or the button racing the timer: nothing changes), or one the session lost track of
    /// (paid after its lifetime, or its data was cleared): a payment is still credited, and the ledger key
    /// <c>pay:{paymentId}</c> makes sure that happens once.</summary>
    private Decision StatusOfUnknownInvoice(FlowContext ctx, PaymentStatusReport report)
    {
        var known = FinalInvoices.Contains(ctx.Session, report.PaymentId);
        if (report.State == PaymentState.Paid && !known && report.Amount is > 0 and { } amount)
        {
            return Credit(ctx, report.PaymentId, amount, OpenInvoices.Of(ctx.Session), isCurrent: false);
        }

        var decision = ctx.Decide();
        if (report.Asked)
        {
            decision = decision.Reply(ctx.T(WalletTexts.InvoiceClosed));
        }

        if (!known && (report.Final || report.State is PaymentState.Rejected or PaymentState.Expired))
        {
            // Still in the open-invoices table: take it out so the timer stops asking.
            decision = decision.Effect(WalletEffects.Close, new CloseInvoiceRequest(report.PaymentId, PaymentState.Expired, report.Amount ?? 0, Audit: false));
        }

        return decision;
    }

    private static Decision Credit(FlowContext ctx, string paymentId, decimal amount, OpenInvoices open, bool isCurrent)
    {
        var balance = ctx.Session.Balance(Currencies.Rub) + amount;
        var decision = ctx.Decide()
            .ClearKeptButtons(WalletData.InvoiceMessage(paymentId))
            .Change(s => FinalInvoices.Add(open.Remove(paymentId).WriteTo(s), paymentId))
            .Post(Currencies.Rub, amount, PaymentKey(paymentId), $"Top-up, payment {paymentId}")
            .Effect(WalletEffects.Close, new CloseInvoiceRequest(paymentId, PaymentState.Paid, amount, balance))
            .Reply(ctx.T(WalletTexts.Paid, ("amount", Money.Format(amount)), ("balance", Money.Format(balance))), WalletKeyboards.TopUp(ctx));
        return isCurrent ? decision.Change(ClearDialog).GoTo(ServiceStates.Menu) : decision;
    }

    private Decision Close(FlowContext ctx, OpenInvoice invoice, PaymentState outcome, OpenInvoices open, bool isCurrent)
    {
        var text = ctx.T(outcome == PaymentState.Rejected ? WalletTexts.Rejected : WalletTexts.Expired, ("amount", Money.Format(invoice.Amount)));
        // Expiry is the wallet's own verdict, not the provider's: a payment made later is still credited,
        // so only a rejection joins the final invoices.
        var decision = ctx.Decide()
            .ClearKeptButtons(WalletData.InvoiceMessage(invoice.PaymentId))
            .Change(s => outcome == PaymentState.Rejected
                ? FinalInvoices.Add(open.Remove(invoice.PaymentId).WriteTo(s), invoice.PaymentId)
                : open.Remove(invoice.PaymentId).WriteTo(s))
            .Effect(WalletEffects.Close, new CloseInvoiceRequest(invoice.PaymentId, outcome, invoice.Amount));
        if (isCurrent)
        {
            return Restart(ctx, decision.Reply(text));
        }

        // An invoice the user left behind: a decline is news, a quiet expiry is not.
        return outcome == PaymentState.Rejected ? decision.Reply(text) : decision;
    }

    private static Decision WaitingHint(FlowContext ctx)
    {
        var invoice = ctx.Session.Get(WalletData.Invoice);
        // The hint carries the invoice's buttons again: they move from the older message to this one.
        return invoice is null
            ? ctx.Decide().Reply(ctx.T(WalletTexts.WaitingHint))
            : ctx.Decide()
                .ClearKeptButtons(WalletData.InvoiceMessage(invoice))
                .Reply(ctx.T(WalletTexts.WaitingHint), WalletKeyboards.Invoice(ctx, invoice, ctx.Session.Get(WalletData.Url)),
                    keepIdAs: WalletData.InvoiceMessage(invoice));
    }

    /// <summary>Anything but the expected input in a wallet state: the cancel word starts over, an
    /// unknown command is answered as such, the rest gets the state's hint.</summary>
    private Decision Other(FlowContext ctx, Handler hint) => ctx.Input.Kind switch
    {
        InputKind.Text when IsCancelWord(ctx) => Cancel(ctx),
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => hint(ctx),
    };

    /// <summary>Back to the start: the greeting with the top-up button when the wallet is the only flow,
    /// else the main menu. The dialog's data goes; open invoices stay.</summary>
    private static Decision Restart(FlowContext ctx, Decision decision)
    {
        decision = decision.ClearKeptButtons(WalletData.Prompt).Change(ClearDialog).GoTo(ServiceStates.Menu);
        return ctx.Menu.Count > 1
            ? decision.Reply(ctx.T(MenuTexts.MainMenu), MenuFlow.MenuMarkup(ctx))
            : decision.Reply(ctx.T(WalletTexts.Start, ("name", ctx.Session.FirstName ?? "")), WalletKeyboards.TopUp(ctx));
    }

    /// <summary>Drops the dialog's data, keeping the open and final invoices and the message ids of the
    /// open ones (an invoice left behind is still paid, and then its buttons go).</summary>
    internal static Session ClearDialog(Session session)
    {
        var open = OpenInvoices.Of(session);
        return session with
        {
            Data = session.Data.RemoveRange(session.Data.Keys.Where(k =>
                k.StartsWith(WalletData.Prefix, StringComparison.Ordinal)
                && k is not (WalletData.Open or WalletData.Done)
                && !(k.StartsWith(WalletData.InvoiceMessagePrefix, StringComparison.Ordinal) && open.Contains(k[WalletData.InvoiceMessagePrefix.Length..])))),
        };
    }

    /// <summary>The current prompt's buttons go (the pressed message's too, for a button): the next
    /// answer is the only one with live buttons.</summary>
    private static Decision DropPrompt(FlowContext ctx, Decision decision, bool clearPressed = true)
    {
        var pressed = ctx.Input.Kind == InputKind.Callback ? ctx.Input.MessageId : null;
        if (pressed is { } message && clearPressed)
        {
            decision = decision.ClearButtons(message);
        }

        return clearPressed && ctx.Session.Get(WalletData.Prompt) == pressed?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? decision.Set(WalletData.Prompt, null)
            : decision.ClearKeptButtons(WalletData.Prompt);
    }

    private static bool IsCancelWord(FlowContext ctx) =>
        ctx.Input.Text is { } text
        && (string.Equals(text, ctx.Texts.Get(WalletTexts.CancelButton, "ru"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, ctx.Texts.Get(WalletTexts.CancelButton, "en"), StringComparison.OrdinalIgnoreCase));

    public static string PaymentKey(string paymentId) => "pay:" + paymentId;
}
