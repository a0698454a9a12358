using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Wallet;
using Microsoft.Extensions.Options;
using static Bot.Features.Tests.FlowHarness;

namespace Bot.Features.Tests.Wallet;

/// <summary>The wallet keeps the ids of its own messages so that old buttons go: the invoice's after it is
/// final, the previous prompt's when a new prompt replaces it.</summary>
public sealed class WalletMessageIdTests
{
    private const string PaymentId = "2419a771-000f-5000-9000-1edaf29243f2";
    private const int InvoiceMessage = 50;
    private readonly FlowHarness _h = new();
    private readonly WalletFlow _flow = new(Options.Create(new WalletOptions()));

    [Fact]
    public void InvoiceMessage_AsksToKeepItsIdUnderThePaymentsKey()
    {
        var d = ShowInvoice();
        Assert.Equal(WalletData.InvoiceMessage(PaymentId), Assert.Single(Messages(d)).KeepId?.DataKey);
        Assert.Equal("50", _h.Session.Get(WalletData.InvoiceMessage(PaymentId)));
    }

    [Fact]
    public void Paid_ClearsTheInvoiceMessagesButtonsAndForgetsIt()
    {
        ShowInvoice();
        var d = _h.Run(_flow.Status, Status(PaymentState.Paid));

        Assert.Equal([InvoiceMessage], ClearedButtons(d));
        Assert.Null(d.Session.Get(WalletData.InvoiceMessage(PaymentId)));
        Assert.Equal(ServiceStates.Menu, d.Session.State);
    }

    [Theory]
    [InlineData(PaymentState.Rejected, false)]
    [InlineData(PaymentState.Waiting, true)]
    public void RejectedOrExpired_ClearsTheInvoiceMessagesButtons(PaymentState state, bool final)
    {
        ShowInvoice();
        var d = _h.Run(_flow.Status, Status(state, final));

        Assert.Contains(InvoiceMessage, ClearedButtons(d));
        Assert.Null(d.Session.Get(WalletData.InvoiceMessage(PaymentId)));
    }

    [Fact]
    public void PaidAfterTheUserMovedOn_StillClearsTheLeftInvoicesButtons()
    {
        ShowInvoice();
        _h.Run(_flow.Cancel, Text("Отмена"));
        Assert.Equal("50", _h.Session.Get(WalletData.InvoiceMessage(PaymentId)));

        var d = _h.Run(_flow.Status, Status(PaymentState.Paid));

        Assert.Equal([InvoiceMessage], ClearedButtons(d));
        Assert.Single(d.Postings);
    }

    [Fact]
    public void RepeatedWrongAmount_LeavesOneLiveCancelButton()
    {
        _h.Delivered(_h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start, messageId: 30)), 31);

        var first = _h.Run(_flow.AmountEntered, Text("сто"));
        _h.Delivered(first, 32);
        var second = _h.Run(_flow.AmountEntered, Text("двести"));
        _h.Delivered(second, 33);

        Assert.Equal([31], ClearedButtons(first));
        Assert.Equal([32], ClearedButtons(second));
        Assert.Equal("33", _h.Session.Get(WalletData.Prompt));
        Assert.Equal(WalletData.Prompt, Assert.Single(Messages(second)).KeepId?.DataKey);
    }

    [Fact]
    public void TopUpButton_KeepsTheButtonsOfTheMessageItWasPressedOn()
    {
        var d = _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start, messageId: 30));
        Assert.Empty(ClearedButtons(d));
    }

    [Fact]
    public void ValidAmount_ClearsTheAmountPromptsCancel_AndConfirmClearsItsOwnButtons()
    {
        _h.Delivered(_h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start)), 31);
        var amount = _h.Run(_flow.AmountEntered, Text("500"));
        _h.Delivered(amount, 32);
        var confirm = _h.Run(WalletFlow.Confirm, Callback(WalletCallbacks.Confirm, messageId: 32));

        Assert.Equal([31], ClearedButtons(amount));
        Assert.Equal([32], ClearedButtons(confirm));
        Assert.Null(confirm.Session.Get(WalletData.Prompt));
    }

    [Fact]
    public void CancelButton_OnAnOlderMessage_ClearsThatAndTheCurrentPrompt()
    {
        _h.Delivered(_h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start)), 31);
        _h.Delivered(_h.Run(_flow.AmountEntered, Text("сто")), 32);

        var d = _h.Run(_flow.Cancel, Callback(WalletCallbacks.Cancel, messageId: 31));

        Assert.Equal([31, 32], ClearedButtons(d).Order());
        Assert.DoesNotContain(d.Session.Data.Keys, k => k.StartsWith(WalletData.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void WaitingHint_MovesTheInvoiceButtonsToTheNewMessage()
    {
        ShowInvoice();
        var table = new RouteTable();
        _flow.Map(table);
        var text = Text("привет");
        var hint = _h.Run(table.Resolve(WalletStates.Waiting, text)!, text);

        Assert.Equal([InvoiceMessage], ClearedButtons(hint));
        Assert.Equal(WalletData.InvoiceMessage(PaymentId), Assert.Single(Messages(hint)).KeepId?.DataKey);
    }

    [Fact]
    public void AnIdArrivingAfterTheInvoiceIsFinal_IsDroppedWhenTheDialogClears()
    {
        ShowInvoice();
        _h.Run(_flow.Status, Status(PaymentState.Paid));
        _h.Session = _h.Session.With(WalletData.InvoiceMessage(PaymentId), "51");

        var d = _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));

        Assert.Null(d.Session.Get(WalletData.InvoiceMessage(PaymentId)));
    }

    private Decision ShowInvoice()
    {
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));
        _h.Run(_flow.AmountEntered, Text("500"));
        var confirm = Callback(WalletCallbacks.Confirm);
        _h.Run(WalletFlow.Confirm, confirm);
        var d = _h.Run(_flow.Created, Internal(WalletCommands.Created, "created-" + confirm.Key,
            new InvoiceCreated(PaymentId, 500, "http://pay/" + PaymentId, _h.Clock.GetUtcNow(), confirm.Key)));
        _h.Delivered(d, InvoiceMessage);
        return d;
    }

    private static Input Status(PaymentState state, bool final = false) =>
        Internal(WalletCommands.Status, "s-" + state + final, new PaymentStatusReport(PaymentId, state, 500, state.ToString(), Asked: false, Final: final));
}
