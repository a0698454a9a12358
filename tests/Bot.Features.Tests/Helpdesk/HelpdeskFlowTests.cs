using Bot.Engine.Effects;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Helpdesk;
using Bot.Features.Helpdesk.Orders;
using Bot.Features.Helpdesk.Report;
using static Bot.Features.Tests.FlowHarness;

namespace Bot.Features.Tests.Helpdesk;

public sealed class HelpdeskFlowTests
{
    private const string OrderId = "ABCDEFGH23";
    private readonly HelpdeskHarness _h = new();

    // ---- roles ----

    [Theory]
    [InlineData("/new_order", Roles.Client)]
    [InlineData("/free_orders", Roles.Contractor)]
    [InlineData("/free_contractors", Roles.Manager)]
    [InlineData("/add_user", Roles.Owner)]
    [InlineData("/report", Roles.Owner)]
    public void A_command_of_a_role_is_not_found_for_users_without_it_and_found_with_it(string command, string role)
    {
        Assert.Null(_h.Route(Command(command)));
        foreach (var other in new[] { Roles.Client, Roles.Contractor, Roles.Manager, Roles.Owner }.Where(r => r != role))
        {
            _h.WithRoles(other);
        }

        Assert.Null(_h.Route(Command(command)));
        _h.WithRoles(role);
        Assert.NotNull(_h.Route(Command(command)));
    }

    [Fact]
    public void My_orders_is_for_everyone()
    {
        var d = _h.Send(Command("/my_orders"));

        Assert.Equal(ListRequest.My, EffectPayload<ListRequest>(d, HelpdeskEffects.List).Kind);
    }

    [Fact]
    public void Take_pressed_by_someone_who_is_no_contractor_is_a_stale_button_and_takes_nothing()
    {
        _h.WithRoles(Roles.Client);

        var d = _h.Send(Callback(HelpdeskCallbacks.Take(OrderId)));

        Assert.Equal("Эта кнопка больше не активна.", d.CallbackAnswer);
        Assert.Empty(Effects(d, HelpdeskEffects.Take));
    }

    [Fact]
    public void Role_and_tariff_buttons_pressed_by_someone_who_is_no_owner_grant_nothing()
    {
        _h.WithRoles(Roles.Manager);

        var role = _h.Send(Callback(HelpdeskCallbacks.Role(900, Roles.Manager)));
        var tariff = _h.Send(Callback(HelpdeskCallbacks.TariffFor(900, "basic")));

        Assert.Equal("Эта кнопка больше не активна.", role.CallbackAnswer);
        Assert.Equal("Эта кнопка больше не активна.", tariff.CallbackAnswer);
        Assert.Empty(Effects(role, EngineEffects.Enqueue).Concat(Effects(tariff, EngineEffects.Enqueue)));
        Assert.Empty(Messages(role));
        Assert.Empty(Messages(tariff));
    }

    [Fact]
    public void An_owner_gives_a_role_with_the_button()
    {
        _h.WithRoles(Roles.Owner);

        var d = _h.Send(Callback(HelpdeskCallbacks.Role(900, Roles.Manager)));

        Assert.Equal("Пользователю 900 выдана роль: менеджер.", Reply(d));
        var grant = EffectPayload<EnqueueCommand>(d, EngineEffects.Enqueue);
        Assert.Equal((900L, HelpdeskCommands.Grant), (grant.UserId, grant.Command.Name));
        Assert.Equal(Roles.Manager, grant.Command.PayloadAs<RoleGrant>()!.Role);
    }

    [Fact]
    public void A_new_order_notice_for_someone_no_longer_a_contractor_is_skipped_in_the_fan_out()
    {
        var d = _h.Send(Internal(HelpdeskCommands.Offer, "fanout:hd-ABCDEFGH23-all:42", HelpdeskHarness.Order()));

        Assert.Empty(Messages(d));
        Assert.DoesNotContain(d.Outbox, o => o.Kind == OutboxKind.SendPhoto);
    }

    // ---- the limit of the billing period ----

    [Fact]
    public void A_client_without_a_tariff_is_told_so()
    {
        _h.AsClient("gone");

        Assert.Equal("У вас нет тарифа, поэтому заказ создать нельзя. Обратитесь к владельцу сервиса.", Reply(_h.Send(Command("/new_order"))));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
    }

    [Fact]
    public void Over_the_limit_the_refusal_names_the_tariff_the_limit_and_when_the_period_renews()
    {
        _h.AsClient();
        _h.Settings = new HelpdeskSettings { BillingDay = 15 };
        _h.Session = ClientCounter.WithUsed(_h.Session, _h.Company.PeriodAt(_h.Now, _h.Settings), 2);

        var d = _h.Send(Command("/new_order"));

        Assert.Equal("Лимит заказов по вашему тарифу «Базовый» исчерпан: 2 в расчётный период. Новый период начнётся 15.03.2026 00:00.", Reply(d));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
        Assert.Empty(Effects(d, HelpdeskEffects.Create));
    }

    [Fact]
    public void Orders_counted_in_an_earlier_period_do_not_count_now()
    {
        _h.AsClient();
        _h.Session = ClientCounter.WithUsed(_h.Session, _h.Company.PeriodAt(_h.Now.AddMonths(-1), _h.Settings), 2);

        _h.Send(Command("/new_order"));
        var d = _h.Send(Text("Не печатает принтер"));

        Assert.EndsWith("Осталось заказов в этом периоде: 1 из 2.", Reply(d), StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_turns_over_exactly_at_midnight_of_the_billing_day_in_the_company_zone()
    {
        _h.AsClient();
        _h.Now = new DateTimeOffset(2026, 3, 31, 20, 59, 59, TimeSpan.Zero); // 23:59:59 in Moscow
        _h.Session = ClientCounter.WithUsed(_h.Session, _h.Company.PeriodAt(_h.Now, _h.Settings), 2);

        Assert.StartsWith("Лимит заказов", Reply(_h.Send(Command("/new_order"))), StringComparison.Ordinal);
        Assert.EndsWith("Новый период начнётся 01.04.2026 00:00.", Reply(_h.Send(Command("/new_order"))), StringComparison.Ordinal);

        _h.Now = new DateTimeOffset(2026, 3, 31, 21, 0, 0, TimeSpan.Zero); // 00:00 on 1 April in Moscow
        _h.Send(Command("/new_order"));
        Assert.Equal(HelpdeskStates.Describe, _h.Session.State);
        Assert.EndsWith("Осталось заказов в этом периоде: 1 из 2.", Reply(_h.Send(Text("Новый период"))), StringComparison.Ordinal);
        Assert.Equal("2026-04-01", _h.Session.Get(HelpdeskData.Period));
    }

    [Fact]
    public void The_limit_is_checked_again_when_the_description_arrives()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));
        _h.Session = ClientCounter.WithUsed(_h.Session, _h.Company.PeriodAt(_h.Now, _h.Settings), 2); // used up meanwhile

        var d = _h.Send(Text("Ещё один"));

        Assert.StartsWith("Лимит заказов по вашему тарифу «Базовый» исчерпан", Assert.Single(ReplyTexts(d)), StringComparison.Ordinal);
        Assert.Empty(Effects(d, HelpdeskEffects.Create));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
    }

    // ---- the description ----

    [Fact]
    public void A_text_description_creates_the_order_and_counts_it_in_the_same_decision()
    {
        _h.AsClient();
        Assert.Equal("Опишите проблему одним сообщением. Можно приложить фото с подписью.", Reply(_h.Send(Command("/new_order"))));

        var input = Text("Не печатает принтер");
        var d = _h.Send(input);

        var order = EffectPayload<Order>(d, HelpdeskEffects.Create);
        Assert.Equal(OrderIds.From(input.Key), order.OrderId);
        Assert.Equal(("Не печатает принтер", (string?)null, 60, 240), (order.Description, order.PhotoFileId, order.ReactionMinutes, order.ResolutionMinutes));
        Assert.Equal($"Заказ #{order.OrderId} создан. Время реакции по тарифу: 60 мин. Осталось заказов в этом периоде: 1 из 2.", Reply(d));
        Assert.Equal("1", _h.Session.Get(HelpdeskData.Used));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
    }

    [Fact]
    public void A_photo_with_a_caption_is_the_description_and_the_order_keeps_its_file_id()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));

        var d = _h.Send(HelpdeskHarness.Photo("AgACphoto1", "Сломан монитор"));

        var order = EffectPayload<Order>(d, HelpdeskEffects.Create);
        Assert.Equal(("Сломан монитор", "AgACphoto1"), (order.Description, order.PhotoFileId));
    }

    [Fact]
    public void A_photo_without_a_caption_is_an_order_described_as_a_photo()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));

        var order = EffectPayload<Order>(_h.Send(HelpdeskHarness.Photo("AgACphoto2")), HelpdeskEffects.Create);

        Assert.Equal(("(фото без подписи)", "AgACphoto2"), (order.Description, order.PhotoFileId));
    }

    [Fact]
    public void A_document_is_answered_that_files_are_not_taken_and_the_description_is_still_awaited()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));

        var d = _h.Send(HelpdeskHarness.Document("BQACdoc", "screen.pdf"));

        Assert.Equal("Файлы не принимаются. Пришлите описание текстом или фото (как фото, не файлом), или нажмите «Отмена».", Reply(d));
        Assert.Equal(HelpdeskStates.Describe, _h.Session.State);
        Assert.Empty(Effects(d, HelpdeskEffects.Create));
    }

    [Fact]
    public void A_sticker_or_an_empty_text_gets_the_hint()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));

        foreach (var input in new[] { HelpdeskHarness.Sticker(), Text("   ") })
        {
            var d = _h.Send(input);
            Assert.Equal("Пришлите описание проблемы текстом или фото с подписью, или нажмите «Отмена».", Reply(d));
            Assert.Equal(HelpdeskStates.Describe, _h.Session.State);
            Assert.Empty(Effects(d, HelpdeskEffects.Create));
        }
    }

    [Fact]
    public void Cancel_leaves_without_an_order()
    {
        _h.AsClient();
        _h.Send(Command("/new_order"));

        var d = _h.Send(Text("Отмена"));

        Assert.Equal("Заказ не создан.", Reply(d));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
        Assert.Null(_h.Session.Get(HelpdeskData.Used));
    }

    [Fact]
    public void A_photo_order_notice_is_the_photo_with_the_order_as_caption_and_the_take_button()
    {
        _h.WithRoles(Roles.Contractor);

        var d = _h.Send(Internal(HelpdeskCommands.Offer, "fanout:hd-ABCDEFGH23-all:42", HelpdeskHarness.Order(photo: "AgACphoto1")));

        var photo = Assert.Single(d.Outbox, o => o.Kind == OutboxKind.SendPhoto);
        Assert.Equal("AgACphoto1", photo.File);
        Assert.StartsWith($"Новый заказ #{OrderId} от Anna:\nНе печатает принтер\nВзять в работу до 10.03.2026 13:00.", photo.Text, StringComparison.Ordinal);
        Assert.Equal(HelpdeskCallbacks.Take(OrderId), Assert.Single(Buttons(photo)).Data);
        Assert.Equal(HelpdeskEffects.CopySent, photo.KeepId!.Effect);
    }

    // ---- the take race ----

    [Fact]
    public void The_winner_of_the_take_gets_the_order_with_done_in_place_of_the_notice()
    {
        _h.WithRoles(Roles.Contractor);
        var taken = HelpdeskHarness.Order() with { Status = OrderStatus.Taken, TakenAt = _h.Now, ContractorId = UserId, ContractorName = "Anna" };

        var d = _h.Send(Internal(HelpdeskCommands.TakeResult, "t1", new OrderNotice(taken, true, 77)));

        var edit = Assert.Single(d.Outbox, o => o.Kind == OutboxKind.EditMessageText);
        Assert.Equal(77, edit.MessageId);
        Assert.Equal($"Вы взяли заказ #{OrderId}:\nНе печатает принтер\nВыполнить до 10.03.2026 16:00. Когда закончите, нажмите «Готово».", edit.Text);
        Assert.Equal(HelpdeskCallbacks.Done(OrderId), Assert.Single(Buttons(edit)).Data);
    }

    [Fact]
    public void The_loser_of_the_take_is_told_and_loses_the_button()
    {
        _h.WithRoles(Roles.Contractor);
        var taken = HelpdeskHarness.Order() with { Status = OrderStatus.Taken, ContractorId = 99, ContractorName = "Ivan" };

        var d = _h.Send(Internal(HelpdeskCommands.TakeResult, "t2", new OrderNotice(taken, false, 78)));

        Assert.Equal($"Заказ #{OrderId} уже взял другой подрядчик.", Reply(d));
        Assert.Equal([78], ClearedButtons(d));
    }

    [Fact]
    public void Every_other_copy_of_the_notice_says_who_took_it_a_photo_copy_in_its_caption()
    {
        var taken = HelpdeskHarness.Order() with { Status = OrderStatus.Taken, ContractorId = 99, ContractorName = "Ivan" };

        var text = _h.Send(Internal(HelpdeskCommands.CopyTaken, "c1", new OrderNotice(taken, true, 80)));
        var photo = _h.Send(Internal(HelpdeskCommands.CopyTaken, "c2", new OrderNotice(taken with { PhotoFileId = "AgAC" }, true, 81)));
        var client = _h.Send(Internal(HelpdeskCommands.ClientTaken, "c3", new OrderNotice(taken, true)));

        var edit = Assert.Single(text.Outbox);
        Assert.Equal((OutboxKind.EditMessageText, 80, $"Заказ #{OrderId} взял в работу Ivan."), (edit.Kind, edit.MessageId!.Value, edit.Text));
        Assert.Empty(Buttons(edit));
        var caption = Assert.Single(photo.Outbox);
        Assert.Equal((OutboxKind.EditMessageCaption, 81, $"Заказ #{OrderId} взял в работу Ivan."), (caption.Kind, caption.MessageId!.Value, caption.Text));
        Assert.Empty(Buttons(caption));
        Assert.Equal($"Ваш заказ #{OrderId} взял в работу Ivan.", Reply(client));
    }

    [Fact]
    public void The_take_decision_has_one_winner_and_refuses_everyone_after()
    {
        var created = HelpdeskHarness.Order();
        var now = created.CreatedAt.AddMinutes(5);

        var first = TakeOrderEffect.Decide(created, 501, new OrderAction(OrderId, "Ivan", 10), now);
        var second = TakeOrderEffect.Decide(first.Record, 502, new OrderAction(OrderId, "Petr", 11), now);
        var again = TakeOrderEffect.Decide(first.Record, 501, new OrderAction(OrderId, "Ivan", 10), now);

        Assert.True(first.Writes);
        Assert.Equal((OrderStatus.Taken, 501L, "Ivan", now), (first.Record!.Status, first.Record.ContractorId!.Value, first.Record.ContractorName, first.Record.TakenAt!.Value));
        Assert.True(first.Outcome!.Ok);
        Assert.False(second.Writes);
        Assert.False(second.Outcome!.Ok);
        Assert.Equal(501, second.Outcome.Order.ContractorId);
        Assert.False(again.Writes);
        Assert.True(again.Outcome!.Ok);
        Assert.Null(TakeOrderEffect.Decide(null, 501, new OrderAction(OrderId), now).Outcome);
    }

    [Fact]
    public void Done_pressed_for_an_order_not_in_your_work_is_refused()
    {
        var d = _h.Send(Internal(HelpdeskCommands.DoneResult, "d1", new OrderNotice(HelpdeskHarness.Order(), false)));

        Assert.Equal($"Заказ #{OrderId} не у вас в работе.", Reply(d));
    }

    [Fact]
    public void Done_tells_the_contractor_the_rate_and_asks_the_client_for_a_rating()
    {
        _h.Settings = new HelpdeskSettings { OrderRate = 700 };
        var done = HelpdeskHarness.Order() with { Status = OrderStatus.Done };

        var contractor = _h.Send(Internal(HelpdeskCommands.DoneResult, "d2", new OrderNotice(done, true, 90)));
        var client = _h.Send(Internal(HelpdeskCommands.ClientDone, "d3", new OrderNotice(done, true)));

        Assert.Equal($"Заказ #{OrderId} выполнен. Ставка: 700 ₽.", Reply(contractor));
        Assert.Equal([90], ClearedButtons(contractor));
        var ask = Assert.Single(Messages(client));
        Assert.Equal($"Ваш заказ #{OrderId} выполнен. Оцените работу от 1 до 5.", ask.Text);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => HelpdeskCallbacks.Rate(OrderId, i)), Buttons(ask).Select(b => b.Data));
    }

    // ---- rating ----

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("x")]
    public void A_rating_outside_1_to_5_is_answered_and_saves_nothing(string stars)
    {
        var d = _h.Send(Callback(HelpdeskCallbacks.RatePrefix + OrderId + ":" + stars));

        Assert.Equal("Эта кнопка больше не активна.", d.CallbackAnswer);
        Assert.Empty(Effects(d, HelpdeskEffects.Rate));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_rating_from_1_to_5_goes_to_the_rate_effect_and_the_buttons_go(int stars)
    {
        var d = _h.Send(Callback(HelpdeskCallbacks.Rate(OrderId, stars), messageId: 55));

        Assert.Equal(new OrderAction(OrderId, Rating: stars), EffectPayload<OrderAction>(d, HelpdeskEffects.Rate));
        Assert.Equal([55], ClearedButtons(d));
    }

    [Fact]
    public void The_first_rating_stays_and_a_second_one_is_refused()
    {
        var done = HelpdeskHarness.Order(clientId: UserId) with { Status = OrderStatus.Done };

        var first = RateOrderEffect.Decide(done, UserId, 4);
        var second = RateOrderEffect.Decide(first.Record, UserId, 1);

        Assert.True(first.Writes);
        Assert.Equal(4, first.Record!.Rating);
        Assert.False(second.Writes);
        Assert.False(second.Outcome!.Ok);
        Assert.Equal(4, second.Outcome.Order.Rating);
        Assert.Equal($"Спасибо! Оценка 4 для заказа #{OrderId} сохранена.", Reply(_h.Send(Internal(HelpdeskCommands.Rated, "r1", first.Outcome!))));
        Assert.Equal($"Заказ #{OrderId} уже оценён.", Reply(_h.Send(Internal(HelpdeskCommands.Rated, "r2", second.Outcome))));
    }

    [Fact]
    public void Only_the_client_rates_a_done_order_and_only_from_1_to_5()
    {
        var done = HelpdeskHarness.Order(clientId: UserId) with { Status = OrderStatus.Done };

        Assert.False(RateOrderEffect.Decide(done, 999, 5).Writes);
        Assert.False(RateOrderEffect.Decide(done with { Status = OrderStatus.Taken }, UserId, 5).Writes);
        Assert.False(RateOrderEffect.Decide(done, UserId, 0).Writes);
        Assert.False(RateOrderEffect.Decide(done, UserId, 6).Writes);
        Assert.True(RateOrderEffect.Decide(done, UserId, 1).Writes);
    }

    // ---- report ----

    [Fact]
    public void Report_asks_the_report_effect_for_the_current_period()
    {
        _h.WithRoles(Roles.Owner);

        var d = _h.Send(Command("/report"));

        Assert.Equal(new ReportRequest(null, null), EffectPayload<ReportRequest>(d, HelpdeskEffects.Report));
    }

    [Fact]
    public void The_report_arrives_as_the_chart_uploaded_from_its_blob_with_the_summary_as_caption()
    {
        _h.WithRoles(Roles.Owner);
        var summary = new ReportSummary("01.03.2026", "31.03.2026", 5, 3, 2, 1, 1500m, "3fa9.png");

        var d = _h.Send(Internal(HelpdeskCommands.ReportReady, "rep", summary));

        var photo = Assert.Single(d.Outbox);
        Assert.Equal((OutboxKind.SendPhoto, UserId, "3fa9.png", (string?)null), (photo.Kind, photo.ChatId, photo.Upload, photo.File));
        Assert.Equal("Отчёт 01.03.2026 — 31.03.2026: заказов 5, выполнено 3, в работе 2, нарушений SLA 1, к выплате 1500 ₽.", photo.Text);
    }

    [Fact]
    public void A_report_without_a_chart_is_the_summary_as_text()
    {
        var d = _h.Send(Internal(HelpdeskCommands.ReportReady, "rep2", new ReportSummary("01.03.2026", "31.03.2026", 0, 0, 0, 0, 0m)));

        Assert.Equal("Отчёт 01.03.2026 — 31.03.2026: заказов 0, выполнено 0, в работе 0, нарушений SLA 0, к выплате 0 ₽.", Reply(d));
    }
}
