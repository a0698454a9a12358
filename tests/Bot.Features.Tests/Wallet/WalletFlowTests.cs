using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Menu;
using Bot.Features.Wallet;
using Microsoft.Extensions.Options;
using static Bot.Features.Tests.FlowHarness;

namespace Bot.Features.Tests.Wallet;

public sealed class WalletFlowTests
{
    private const string PaymentId = "2419a771-000f-5000-9000-1edaf29243f2";
    private readonly FlowHarness _h = new();
    private readonly WalletFlow _flow = new(Options.Create(new WalletOptions()));

    [Fact]
    public void Start_AnswersTheSeedGreetingWithTheTopUpButton()
    {
        var d = _h.Run(_flow.Start, Command("/start"));

        var message = Assert.Single(Messages(d));
        Assert.Equal("Привет, Anna\nЯ - бот для пополнения баланса.\nНажмите на кнопку, чтобы пополнить баланс", message.Text);
        var button = Assert.Single(Buttons(message));
        Assert.Equal("Пополнить баланс", button.Text);
        Assert.Equal(WalletCallbacks.Start, button.Data);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
    }

    [Fact]
    public void Start_InEnglish_UsesTheEnglishTexts()
    {
        _h.Session = _h.Session with { Locale = "en" };
        var d = _h.Run(_flow.Start, Command("/start"));
        Assert.StartsWith("Hello, Anna", Reply(d));
        Assert.Equal("Top up balance", Buttons(Messages(d)[0])[0].Text);
    }

    [Fact]
    public void Start_WithSeveralFlows_StartsOverAtTheMainMenu()
    {
        _h.Menu = [new MenuEntry(WalletTexts.MenuButton, WalletCallbacks.Start), new MenuEntry("rewards.menu", "rewards:start")];
        var d = _h.Run(_flow.Start, Command("/cancel"));
        Assert.Equal("Главное меню:", Reply(d));
        Assert.Equal(2, Buttons(Messages(d)[0]).Count);
    }

    [Fact]
    public void TopUpButton_AsksForTheAmountWithACancelButton()
    {
        var d = _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));

        Assert.Equal(WalletStates.Amount, d.Session.State);
        var message = Assert.Single(Messages(d));
        Assert.Equal("Введите сумму, на которую вы хотите пополнить баланс", message.Text);
        Assert.Equal(WalletCallbacks.Cancel, Assert.Single(Buttons(message)).Data);
    }

    [Theory]
    [InlineData("сто", "Не удалось распознать сумму")]
    [InlineData("0", "Сумма должна быть больше нуля")]
    [InlineData("-100", "Сумма должна быть больше нуля")]
    [InlineData("99.90", "целым числом рублей")]
    [InlineData("100001", "Максимальная сумма пополнения — 100000 ₽")]
    public void BadAmount_SaysWhatToSendAndWaitsAgain(string text, string expected)
    {
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));

        var d = _h.Run(_flow.AmountEntered, Text(text));

        Assert.Equal(WalletStates.Amount, d.Session.State);
        var message = Assert.Single(Messages(d));
        Assert.Contains(expected, message.Text, StringComparison.Ordinal);
        Assert.Contains("«Отмена»", message.Text, StringComparison.Ordinal);
        Assert.Equal(WalletCallbacks.Cancel, Assert.Single(Buttons(message)).Data);
        Assert.Empty(d.Postings);
    }

    [Fact]
    public void MaxAmount_ComesFromSettings()
    {
        var flow = new WalletFlow(Options.Create(new WalletOptions { MaxAmount = 1000 }));
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));
        var d = _h.Run(flow.AmountEntered, Text("1001"));
        Assert.Contains("1000 ₽", Reply(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidAmount_AsksToConfirmWithConfirmAndCancel()
    {
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));

        var d = _h.Run(_flow.AmountEntered, Text("500"));

        Assert.Equal(WalletStates.Confirm, d.Session.State);
        Assert.Equal("500", d.Session.Get(WalletData.Amount));
        var message = Assert.Single(Messages(d));
        Assert.Equal("Пополнить баланс на 500 ₽?", message.Text);
        Assert.Equal(["Подтвердить", "Отмена"], Buttons(message).Select(b => b.Text));
    }

    [Fact]
    public void CancelWord_InAnyWalletState_StartsOver()
    {
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));
        var d = _h.Run(_flow.AmountEntered, Text("отмена"));

        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.StartsWith("Привет, Anna", Reply(d));
        Assert.DoesNotContain(d.Session.Data.Keys, k => k.StartsWith("wallet.", StringComparison.Ordinal));
    }

    [Fact]
    public void CancelButton_StartsOverAndRemovesItsButtons()
    {
        EnterAmount("500");
        var d = _h.Run(_flow.Cancel, Callback(WalletCallbacks.Cancel, messageId: 9));

        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.Contains(d.Outbox, o => o.Kind == OutboxKind.EditReplyMarkup && o.MessageId == 9);
        Assert.StartsWith("Привет, Anna", Reply(d));
        Assert.Null(d.Session.Get(WalletData.Amount));
    }

    [Fact]
    public void Confirm_AsksTheProviderForTheInvoiceOnce()
    {
        EnterAmount("500");
        var press = Callback(WalletCallbacks.Confirm, messageId: 12);

        var d = _h.Run(WalletFlow.Confirm, press);

        Assert.Equal(WalletStates.Creating, d.Session.State);
        var request = EffectPayload<CreateInvoiceRequest>(d, WalletEffects.Create);
        Assert.Equal(500m, request.Amount);
        Assert.Equal(press.Key, request.RequestId);
        Assert.Contains(d.Outbox, o => o.Kind == OutboxKind.EditReplyMarkup && o.MessageId == 12);
        Assert.Equal("Создаю счёт…", d.CallbackAnswer);

        var again = _h.Run(WalletFlow.Confirm, Callback(WalletCallbacks.Confirm, messageId: 12));
        Assert.Empty(Effects(again, WalletEffects.Create));
        Assert.Equal("Эта кнопка больше не активна.", again.CallbackAnswer);
    }

    [Fact]
    public void Created_ShowsTheInvoiceWithPayCheckAndCancel()
    {
        var d = CreateInvoice(500);

        Assert.Equal(WalletStates.Waiting, d.Session.State);
        Assert.Equal(PaymentId, d.Session.Get(WalletData.Invoice));
        var message = Assert.Single(Messages(d));
        Assert.Contains("Счёт на 500 ₽ создан", message.Text, StringComparison.Ordinal);
        Assert.Contains("5 мин", message.Text, StringComparison.Ordinal);
        var buttons = Buttons(message);
        Assert.Equal(["Оплатить", "Проверить оплату", "Отмена"], buttons.Select(b => b.Text));
        Assert.Equal("http://pay/" + PaymentId, buttons[0].Url);
        Assert.Equal(WalletCallbacks.CheckPrefix + PaymentId, buttons[1].Data);
        Assert.NotNull(OpenInvoices.Of(d.Session).Find(PaymentId));
    }

    [Fact]
    public void Created_AfterTheUserMovedOn_KeepsTheInvoiceOpenQuietly()
    {
        EnterAmount("500");
        var confirm = Callback(WalletCallbacks.Confirm);
        _h.Run(WalletFlow.Confirm, confirm);
        _h.Run(_flow.Cancel, Callback(WalletCallbacks.Cancel));

        var d = _h.Run(_flow.Created, Internal(WalletCommands.Created, "c1",
            new InvoiceCreated(PaymentId, 500, "http://pay", _h.Clock.GetUtcNow(), confirm.Key)));

        Assert.Empty(Messages(d));
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.True(OpenInvoices.Of(d.Session).Contains(PaymentId));
    }

    [Fact]
    public void CreateFailed_SaysTheSeedErrorAndStartsOver()
    {
        EnterAmount("500");
        var confirm = Callback(WalletCallbacks.Confirm);
        _h.Run(WalletFlow.Confirm, confirm);

        var d = _h.Run(_flow.Failed, Internal(WalletCommands.Failed, "f1", new InvoiceFailed(confirm.Key, "500 from provider")));

        Assert.Equal(ServiceStates.Menu, d.Session.State);
        var texts = ReplyTexts(d);
        Assert.Equal("Что-то пошло не так. Отчет отправлен в службу поддержки.", texts[0]);
        Assert.StartsWith("Привет, Anna", texts[1]);
    }

    [Fact]
    public void CheckButton_AsksTheProviderThroughAnEffect()
    {
        CreateInvoice(500);
        var d = _h.Run(WalletFlow.Check, Callback(WalletCallbacks.Check(PaymentId)));

        Assert.Equal(PaymentId, EffectPayload<CheckPaymentRequest>(d, WalletEffects.Check).PaymentId);
        Assert.Equal("Проверяю оплату…", d.CallbackAnswer);
        Assert.Equal(WalletStates.Waiting, d.Session.State);
    }

    [Fact]
    public void Paid_CreditsTheAmountOnceWithThePaymentKeyAndGivesTheNewBalance()
    {
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Rub, 100) };
        CreateInvoice(500);

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Paid, 500, asked: true));

        var posting = Assert.Single(d.Postings);
        Assert.Equal(new Posting(Currencies.Rub, 500, "pay:" + PaymentId, posting.Reason), posting);
        Assert.Equal("Платёж на 500 ₽ прошёл успешно. Ваш баланс: 600 ₽.", Messages(d)[0].Text);
        Assert.Equal(WalletCallbacks.Start, Buttons(Messages(d)[0]).Single().Data);
        Assert.False(OpenInvoices.Of(d.Session).Contains(PaymentId));
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.Equal(PaymentState.Paid, EffectPayload<CloseInvoiceRequest>(d, WalletEffects.Close).Outcome);
        Assert.Equal(600m, _h.Session.Balance(Currencies.Rub));
    }

    [Fact]
    public void Paid_ButtonAndTimerRacing_CreditOnce()
    {
        CreateInvoice(500);

        var fromButton = _h.Run(_flow.Status, StatusCommand("wallet.check:1", PaymentState.Paid, 500, asked: true));
        var fromTimer = _h.Run(_flow.Status, StatusCommand("wallet.poll:" + PaymentId + ":paid", PaymentState.Paid, 500));
        var duplicate = _h.Run(_flow.Status, StatusCommand("wallet.poll:" + PaymentId + ":paid", PaymentState.Paid, 500));

        Assert.Single(fromButton.Postings);
        Assert.Empty(fromTimer.Postings);
        Assert.Empty(Messages(fromTimer));
        Assert.Empty(duplicate.Postings);
        Assert.Equal(500m, _h.Session.Balance(Currencies.Rub));
    }

    [Fact]
    public void Paid_CheckedAgainAfterwards_SaysTheInvoiceIsClosed()
    {
        CreateInvoice(500);
        _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Paid, 500));

        var d = _h.Run(_flow.Status, StatusCommand("s2", PaymentState.Paid, 500, asked: true));

        Assert.Empty(d.Postings);
        Assert.Equal("Этот счёт уже закрыт.", Reply(d));
    }

    [Fact]
    public void Paid_AfterTheUserStartedAnotherTopUp_IsStillCreditedWithoutLeavingTheNewDialog()
    {
        CreateInvoice(500);
        EnterAmount("300");

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Paid, 500));

        Assert.Single(d.Postings);
        Assert.Equal(WalletStates.Confirm, d.Session.State);
        Assert.Equal("300", d.Session.Get(WalletData.Amount));
    }

    [Fact]
    public void Paid_ForAnInvoiceTheSessionLostTrackOf_IsCreditedWithTheProvidersAmount()
    {
        CreateInvoice(500);
        _h.Session = _h.Session with { Data = _h.Session.Data.Clear() };

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Paid, 500));

        Assert.Equal("pay:" + PaymentId, Assert.Single(d.Postings).Key);
    }

    [Fact]
    public void Paid_AfterTheInvoiceExpired_IsStillCredited()
    {
        CreateInvoice(500);
        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        _h.Run(_flow.Status, StatusCommand("final", PaymentState.Waiting, 500, final: true));

        var d = _h.Run(_flow.Status, StatusCommand("late", PaymentState.Paid, 500, asked: true));

        Assert.Equal(500m, Assert.Single(d.Postings).Amount);
    }

    [Fact]
    public void Rejected_SaysSoAndStartsOver()
    {
        CreateInvoice(500);

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Rejected, 500));

        Assert.Empty(d.Postings);
        var texts = ReplyTexts(d);
        Assert.Equal("Платёж на 500 ₽ не прошёл: счёт отклонён.", texts[0]);
        Assert.StartsWith("Привет, Anna", texts[1]);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.False(OpenInvoices.Of(d.Session).Contains(PaymentId));
        Assert.Equal(PaymentState.Rejected, EffectPayload<CloseInvoiceRequest>(d, WalletEffects.Close).Outcome);

        var again = _h.Run(_flow.Status, StatusCommand("s2", PaymentState.Rejected, 500));
        Assert.Empty(Messages(again));
    }

    [Fact]
    public void Waiting_AskedByTheButton_SaysTheInvoiceWaits_TheTimerSaysNothing()
    {
        CreateInvoice(500);

        var asked = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Waiting, 500, asked: true));
        var timer = _h.Run(_flow.Status, StatusCommand("s2", PaymentState.Waiting, 500));

        Assert.Equal("Счёт ожидает оплаты.", Reply(asked));
        Assert.Empty(timer.Outbox);
        Assert.Equal(WalletStates.Waiting, timer.Session.State);
    }

    [Fact]
    public void Waiting_PastTheLifetime_IsExpiredAndTheDialogStartsOver()
    {
        CreateInvoice(500);
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Waiting, 500, asked: true));

        Assert.Equal("Платёж на 500 ₽ не прошёл: время оплаты счёта истекло.", ReplyTexts(d)[0]);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.Equal(PaymentState.Expired, EffectPayload<CloseInvoiceRequest>(d, WalletEffects.Close).Outcome);
    }

    [Fact]
    public void Waiting_FinalCheckOfTheTimer_IsExpired()
    {
        CreateInvoice(500);
        var d = _h.Run(_flow.Status, StatusCommand("final", PaymentState.Waiting, 500, final: true));
        Assert.Contains("истекло", ReplyTexts(d)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStatus_SaysSoAndKeepsWaiting()
    {
        CreateInvoice(500);

        var d = _h.Run(_flow.Status, StatusCommand("s1", PaymentState.Unknown, 500, raw: "on_hold"));

        Assert.Equal("Платёжная система сообщила неизвестный статус счёта (on_hold). Продолжаю ждать оплату.", Reply(d));
        Assert.Equal(WalletStates.Waiting, d.Session.State);
        Assert.True(OpenInvoices.Of(d.Session).Contains(PaymentId));
    }

    [Fact]
    public void ProviderErrorOnCheck_SaysTheSeedErrorStartsOverAndKeepsTheInvoiceOpen()
    {
        CreateInvoice(500);

        var d = _h.Run(_flow.Status, Internal(WalletCommands.Status, "e1",
            new PaymentStatusReport(PaymentId, PaymentState.Unknown, Asked: true, Failed: true)));

        Assert.Equal("Что-то пошло не так. Отчет отправлен в службу поддержки.", ReplyTexts(d)[0]);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.True(OpenInvoices.Of(d.Session).Contains(PaymentId));

        var paidLater = _h.Run(_flow.Status, StatusCommand("p1", PaymentState.Paid, 500));
        Assert.Single(paidLater.Postings);
    }

    [Fact]
    public void TextWhileWaiting_RepeatsTheInvoiceButtons()
    {
        CreateInvoice(500);
        var table = new RouteTable();
        _flow.Map(table);

        var input = Text("ну что там");
        var d = _h.Run(table.Resolve(_h.Session.State, input)!, input);

        Assert.Contains("Проверить оплату", Reply(d), StringComparison.Ordinal);
        Assert.Equal(3, Buttons(Messages(d)[0]).Count);
    }

    [Fact]
    public void UnknownCommandInAWalletState_IsAnsweredAsUnknown()
    {
        EnterAmount("500");
        var table = new RouteTable();
        _flow.Map(table);

        var input = Command("/foo");
        var d = _h.Run(table.Resolve(_h.Session.State, input)!, input);

        Assert.Equal(_h.Context(input).T(MenuTexts.UnknownCommand), Reply(d));
        Assert.Equal(WalletStates.Confirm, d.Session.State);
    }

    [Fact]
    public void CheckCallbackData_FitsTelegramsLimit()
    {
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(WalletCallbacks.Check(PaymentId)) <= Button.MaxDataBytes);
        Assert.Equal(WalletCallbacks.CheckPrefix, WalletCallbacks.Check(new string('x', 80)));
        Assert.Equal(PaymentId, WalletCallbacks.PaymentIdOf(WalletCallbacks.Check(PaymentId)));
    }

    private void EnterAmount(string amount)
    {
        _h.Run(WalletFlow.AskAmount, Callback(WalletCallbacks.Start));
        _h.Run(_flow.AmountEntered, Text(amount));
    }

    private Decision CreateInvoice(decimal amount)
    {
        EnterAmount(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var confirm = Callback(WalletCallbacks.Confirm);
        _h.Run(WalletFlow.Confirm, confirm);
        return _h.Run(_flow.Created, Internal(WalletCommands.Created, "created-" + confirm.Key,
            new InvoiceCreated(PaymentId, amount, "http://pay/" + PaymentId, _h.Clock.GetUtcNow(), confirm.Key)));
    }

    private static Input StatusCommand(string key, PaymentState state, decimal amount, bool asked = false, bool final = false, string? raw = null) =>
        Internal(WalletCommands.Status, key, new PaymentStatusReport(PaymentId, state, amount, raw ?? state.ToString(), asked, final));
}
