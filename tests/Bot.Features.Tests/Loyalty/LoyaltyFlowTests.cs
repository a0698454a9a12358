using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Admin;
using Bot.Features.Loyalty.Linking;
using Bot.Features.Loyalty.Sync;
using Microsoft.Extensions.Options;

namespace Bot.Features.Tests.Loyalty;

public sealed class LoyaltyFlowTests
{
    private readonly FlowHarness _h = new();

    private static LoyaltyFlow Flow(string admins = "900") => new(
        Options.Create(new LoyaltyOptions { BookUrl = "https://n1.yclients.com", MapUrl = "https://maps.example/x", SupportPhone = "+79990000000" }),
        Options.Create(new BotOptions { AdminUserIds = admins }));

    private static Input Contact(string phone, long? owner) =>
        new() { Kind = InputKind.Contact, ContactPhone = phone, ContactUserId = owner, Key = "u:" + Random.Shared.Next() };

    [Fact]
    public void Phone_asks_with_a_request_contact_button()
    {
        var d = _h.Run(LoyaltyFlow.AskPhone, FlowHarness.Command("/phone"));
        Assert.Equal(LoyaltyStates.Phone, d.Session.State);
        var markup = Assert.Single(FlowHarness.Messages(d)).Markup!;
        Assert.True(markup.Reply![0][0].RequestContact);
    }

    [Theory]
    [InlineData("8 999 123-45-67")]
    [InlineData("+7 (999) 123 45 67")]
    [InlineData("79991234567")]
    public void Typed_variants_claim_one_E164_number(string typed)
    {
        _h.Session = _h.Session with { State = LoyaltyStates.Phone };
        var d = _h.Run(LoyaltyFlow.PhoneTyped, FlowHarness.Text(typed));
        Assert.Equal(LoyaltyStates.Linking, d.Session.State);
        Assert.Equal("+79991234567", FlowHarness.EffectPayload<LinkRequest>(d, LoyaltyEffects.Link).Phone);
    }

    [Fact]
    public void Someone_elses_contact_is_refused_and_an_own_contact_claims()
    {
        _h.Session = _h.Session with { State = LoyaltyStates.Phone };
        var refused = _h.Run(LoyaltyFlow.ContactShared, Contact("+79991234567", 7));
        Assert.StartsWith("Это не ваш контакт.", FlowHarness.Reply(refused), StringComparison.Ordinal);
        Assert.Empty(FlowHarness.Effects(refused, LoyaltyEffects.Link));

        var own = _h.Run(LoyaltyFlow.ContactShared, Contact("79991234567", FlowHarness.UserId));
        Assert.Equal("+79991234567", FlowHarness.EffectPayload<LinkRequest>(own, LoyaltyEffects.Link).Phone);
    }

    [Fact]
    public void An_invalid_number_gets_a_clear_answer()
    {
        _h.Session = _h.Session with { State = LoyaltyStates.Phone };
        var d = _h.Run(LoyaltyFlow.PhoneTyped, FlowHarness.Text("12"));
        Assert.StartsWith("Не удалось распознать номер.", FlowHarness.Reply(d), StringComparison.Ordinal);
        Assert.Equal(LoyaltyStates.Phone, d.Session.State);
    }

    [Fact]
    public void Linked_outcome_keeps_the_phone_and_a_refusal_does_not_say_who()
    {
        _h.Session = _h.Session with { State = LoyaltyStates.Linking, Data = _h.Session.Data.SetItem(LoyaltyData.Claiming, "+79991234567") };
        var taken = _h.Run(LoyaltyFlow.Linked, FlowHarness.Internal(LoyaltyCommands.Linked, "k1", new LinkOutcome("+79991234567", false)));
        Assert.Null(taken.Session.Phone);
        Assert.Equal("Этот номер уже привязан к другому аккаунту. Если это ваш номер, обратитесь в поддержку.", FlowHarness.Reply(taken));

        _h.Session = _h.Session with { State = LoyaltyStates.Linking, Data = _h.Session.Data.SetItem(LoyaltyData.Claiming, "+79991234567") };
        var linked = _h.Run(LoyaltyFlow.Linked, FlowHarness.Internal(LoyaltyCommands.Linked, "k2", new LinkOutcome("+79991234567", true)));
        Assert.Equal("+79991234567", linked.Session.Phone);
        Assert.Equal(ServiceStates.Menu, linked.Session.State);
    }

    [Fact]
    public void A_bonus_is_posted_with_the_record_key_noticed_kept_for_history_and_marked_notified()
    {
        var credit = new BonusCredit(1001, 2599.50m, 25, new DateTimeOffset(2026, 2, 27, 15, 0, 0, TimeSpan.FromHours(3)), "+79991234567");
        var d = _h.Run(LoyaltyFlow.Bonus, FlowHarness.Internal(LoyaltyCommands.Bonus, BonusCredit.CommandKey(1001), credit));
        var posting = Assert.Single(d.Postings);
        Assert.Equal(("points", 25m, "bonus:1001"), (posting.Currency, posting.Amount, posting.Key));
        Assert.Equal("Начислено 25 баллов за визит 27.02.2026 на сумму 2599.5 ₽. Баланс: 25 баллов.", FlowHarness.Reply(d));
        Assert.Equal(1001, FlowHarness.EffectPayload<NotifiedRequest>(d, LoyaltyEffects.Notified).RecordId);

        var history = _h.Run(LoyaltyFlow.History, FlowHarness.Command("/history"));
        Assert.Equal("История начислений:\n27.02.2026 — визит на 2599.5 ₽: +25 баллов", FlowHarness.Reply(history));
    }

    [Fact]
    public void History_without_a_phone_says_how_to_link_one() =>
        Assert.Contains("/phone", FlowHarness.Reply(_h.Run(LoyaltyFlow.History, FlowHarness.Command("/history"))), StringComparison.Ordinal);

    [Fact]
    public void A_pending_deduction_never_takes_the_balance_below_zero()
    {
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Points, 10) };
        var d = _h.Run(LoyaltyFlow.Adjusted, FlowHarness.Internal(LoyaltyCommands.Adjusted, "a", new PendingAdjustment("k", -30, "Ошибка", "+79991234567")));
        Assert.Equal(-10m, Assert.Single(d.Postings).Amount);
        Assert.Equal(0m, _h.Session.Balance(Currencies.Points));
    }

    [Fact]
    public void Book_and_contacts_give_the_configured_links()
    {
        var flow = Flow();
        var book = _h.Run(flow.Book, FlowHarness.Command("/book"));
        Assert.Equal("https://n1.yclients.com", FlowHarness.Buttons(Assert.Single(FlowHarness.Messages(book))).Single().Url);
        var contacts = _h.Run(flow.Contacts, FlowHarness.Command("/contacts"));
        Assert.Equal("Мы на карте: https://maps.example/x\nТелефон поддержки: +79990000000", FlowHarness.Reply(contacts));
    }

    [Fact]
    public void Admin_adjust_walks_phone_points_reason_confirmation_and_runs_the_effect()
    {
        var flow = Flow(admins: FlowHarness.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _h.Run(LoyaltyFlow.AdjustStart, FlowHarness.Command("/adjust"));
        _h.Run(LoyaltyFlow.AdjustPhone, FlowHarness.Text("8 999 123 45 67"));
        var bad = _h.Run(LoyaltyFlow.AdjustPoints, FlowHarness.Text("0"));
        Assert.Equal("Нужно целое число баллов, не ноль, например 100 или -50.", FlowHarness.Reply(bad));
        _h.Run(LoyaltyFlow.AdjustPoints, FlowHarness.Text("-50"));
        var confirm = _h.Run(LoyaltyFlow.AdjustReason, FlowHarness.Text("Возврат"));
        Assert.Equal("Телефон: +79991234567\nБаллы: -50\nПричина: Возврат\nПодтвердить?", FlowHarness.Reply(confirm));

        var done = _h.Run(flow.AdjustConfirmed, FlowHarness.Callback(LoyaltyCallbacks.AdjustConfirm));
        Assert.Equal(new AdjustRequest("+79991234567", -50, "Возврат"), FlowHarness.EffectPayload<AdjustRequest>(done, LoyaltyEffects.Adjust));
        Assert.Equal(ServiceStates.Menu, done.Session.State);

        var again = _h.Run(flow.AdjustConfirmed, FlowHarness.Callback(LoyaltyCallbacks.AdjustConfirm));
        Assert.Empty(FlowHarness.Effects(again, LoyaltyEffects.Adjust));

        var refused = _h.Run(LoyaltyFlow.AdjustDone, FlowHarness.Internal(LoyaltyCommands.AdjustDone, "r",
            new AdjustResult("+79991234567", 42, 10, -50, "the balance is 10; it cannot go below zero")));
        Assert.Equal("Не выполнено: the balance is 10; it cannot go below zero", FlowHarness.Reply(refused));
    }

    [Fact]
    public void Confirm_from_a_non_admin_is_a_stale_button()
    {
        var flow = Flow(admins: "900");
        _h.Session = _h.Session with
        {
            State = LoyaltyStates.AdjustConfirm,
            Data = _h.Session.Data.SetItem(LoyaltyData.AdjustPhone, "+79991234567").SetItem(LoyaltyData.AdjustPoints, "5"),
        };
        var d = _h.Run(flow.AdjustConfirmed, FlowHarness.Callback(LoyaltyCallbacks.AdjustConfirm));
        Assert.Empty(FlowHarness.Effects(d, LoyaltyEffects.Adjust));
    }
}
