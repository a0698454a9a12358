using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Rewards.Shop;
using static Bot.Features.Tests.FlowHarness;

namespace Bot.Features.Tests.Rewards.Shop;

public sealed class ShopFlowTests
{
    private const string Done = "Спасибо за участие в игре! \n🎁 Как идет Ваш подарок можно увидеть по ссылке, которую Яндекс выслал в смс.";
    private const string NoPvz = "К сожалению нет доступных ПВЗ по указанному адресу.";

    private static readonly Product Mug = new("mug", "Кружка", "Посуда", 500, 3, "Белая кружка 300 мл");
    private static readonly Product Cap = new("cap", "Кепка", "Одежда", 300, 0, "Синяя кепка");

    private static readonly PickupPoints Points = new([
        new PickupPoint("019620d8987e745880fb93a122b7da44", "Москва Ленинградский проспект 75 к1А"),
        new PickupPoint("01999b820a3477899acb908629c78962", "Москва Большая Черкизовская улица 3 к1"),
        new PickupPoint("0199b9d0a69b77a09018951faeb4697d", "Москва Варшавское шоссе 168"),
        new PickupPoint("k1", "Королёв улица Циолковского 1"),
        new PickupPoint("s1", "Санкт-Петербург Невский проспект 1"),
    ]);

    private readonly FlowHarness _h = new();

    public ShopFlowTests()
    {
        _h.References = ReferenceSnapshot.Empty.With(ShopReference.Catalog, new Catalog([Mug, Cap]));
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Points, 1000) };
    }

    [Fact]
    public void Catalog_ShowsTheCategoriesAsButtons()
    {
        var d = _h.Run(ShopFlow.CatalogCommand, Command("/catalog"));

        var message = Assert.Single(Messages(d));
        Assert.Equal("Выберите категорию:", message.Text);
        Assert.Equal(["Одежда", "Посуда"], Buttons(message).Select(b => b.Text));
        Assert.Equal(ServiceStates.Menu, d.Session.State);
    }

    [Fact]
    public void Catalog_Empty_SaysSo()
    {
        _h.References = ReferenceSnapshot.Empty;
        Assert.Equal("Каталог пока пуст.", Reply(_h.Run(ShopFlow.CatalogCommand, Command("/catalog"))));
    }

    [Fact]
    public void Category_IsPaged_WithBackAndNext()
    {
        var many = Enumerable.Range(1, 8).Select(i => new Product($"p{i}", $"Товар {i}", "Разное", 10 * i, 1, "")).ToList();
        _h.References = _h.References.With(ShopReference.Catalog, new Catalog(many));

        var first = _h.Run(ShopFlow.ShowCategoryPage, Callback(ShopCallbacks.Category("Разное", 0)));
        var edit = Assert.Single(first.Outbox, o => o.Kind == OutboxKind.EditMessageText);
        Assert.Equal("Разное (стр. 1 из 2). Выберите товар:", edit.Text);
        var buttons = Buttons(edit).Select(b => b.Text).ToList();
        Assert.Equal(6, buttons.Count(b => b.StartsWith("Товар", StringComparison.Ordinal)));
        Assert.Contains("Далее", buttons);
        Assert.DoesNotContain("Назад", buttons);

        var second = _h.Run(ShopFlow.ShowCategoryPage, Callback(ShopCallbacks.Category("Разное", 1)));
        var page2 = Buttons(Assert.Single(second.Outbox, o => o.Kind == OutboxKind.EditMessageText)).Select(b => b.Text).ToList();
        Assert.Equal(2, page2.Count(b => b.StartsWith("Товар", StringComparison.Ordinal)));
        Assert.Contains("Назад", page2);
        Assert.DoesNotContain("Далее", page2);
        Assert.Contains("К категориям", page2);
    }

    [Fact]
    public void ProductCard_ShowsTitleDescriptionPriceAndStock_WithBuy()
    {
        var d = _h.Run(ShopFlow.ShowProduct, Callback(ShopCallbacks.Product("mug")));

        var card = Assert.Single(Messages(d));
        Assert.Equal("Кружка\n\nБелая кружка 300 мл\n\nЦена: 500 баллов\nВ наличии: 3 шт.", card.Text);
        Assert.Equal(["Купить", "Назад"], Buttons(card).Select(b => b.Text));
    }

    [Fact]
    public void ProductCard_OutOfStock_HasNoBuyButton()
    {
        var d = _h.Run(ShopFlow.ShowProduct, Callback(ShopCallbacks.Product("cap")));
        var card = Assert.Single(Messages(d));
        Assert.EndsWith("Нет в наличии", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Купить", Buttons(card).Select(b => b.Text));
    }

    [Fact]
    public void ProductCard_WithAPhoto_IsSentAsAPhotoWithTheCardAsCaption()
    {
        _h.References = _h.References.With(ShopReference.Catalog, new Catalog([Mug with { Photo = "https://example.org/mug.jpg" }]));
        var d = _h.Run(ShopFlow.ShowProduct, Callback(ShopCallbacks.Product("mug")));
        var photo = Assert.Single(d.Outbox, o => o.Kind == OutboxKind.SendPhoto);
        Assert.Equal("https://example.org/mug.jpg", photo.File);
        Assert.StartsWith("Кружка", photo.Text, StringComparison.Ordinal);
        Assert.Contains("Купить", Buttons(photo).Select(b => b.Text));
    }

    [Fact]
    public void Buy_AsksForTheCity()
    {
        var d = _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        Assert.Equal(ShopStates.City, d.Session.State);
        Assert.Equal("Доставка в пункт выдачи заказов (ПВЗ). Введите город:", Reply(d));
    }

    [Fact]
    public void Buy_WithoutEnoughPoints_SaysSoAndStays()
    {
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Points, 499) };
        var d = _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        Assert.Equal("Недостаточно баллов: «Кружка» стоит 500, на вашем балансе 499. Баллы не списаны.", Reply(d));
        Assert.Equal(ServiceStates.Menu, d.Session.State);
    }

    [Fact]
    public void City_WithoutPickupPoints_GetsTheSeedText_AndMayBeEnteredAgain()
    {
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));

        var none = City("Владивосток");
        Assert.Equal(NoPvz, Reply(none));
        Assert.Equal(ShopStates.City, none.Session.State);

        var found = City("Москва");
        Assert.StartsWith("Пункты выдачи по запросу «Москва»: 3", Reply(found), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("москва", 3)]
    [InlineData("МОСКВА ", 3)]
    [InlineData("королев", 1)]
    [InlineData("Королёв", 1)]
    [InlineData("ленинградский", 1)]
    [InlineData("проспект", 2)]
    [InlineData("невский  проспект", 1)]
    public void City_MatchesCaseInsensitively_YoAsYe_OnAnyPartOfTheAddress(string query, int expected)
    {
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        var d = City(query);
        var list = Assert.Single(Messages(d));
        Assert.Equal(expected, Buttons(list).Count(b => b.Data!.StartsWith(ShopCallbacks.PickupPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void PickupPoints_ArePaged()
    {
        var many = new PickupPoints(Enumerable.Range(1, 20).Select(i => new PickupPoint($"id{i:00}", $"Тула улица {i:00}")).ToList());
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));

        var first = City("тула", many);
        var page1 = Buttons(Assert.Single(Messages(first)));
        Assert.Equal(8, page1.Count(b => b.Data!.StartsWith(ShopCallbacks.PickupPrefix, StringComparison.Ordinal)));
        Assert.Equal(ShopCallbacks.PickupPage(1), page1.Single(b => b.Text == "Далее").Data);

        var asked = _h.Run(ShopFlow.PickupPage, Callback(ShopCallbacks.PickupPage(2), messageId: 91));
        var query = EffectPayload<PickupQuery>(asked, ShopEffects.PickupLookup);
        Assert.Equal(new PickupQuery("тула", 2, 91), query);
        var last = _h.Run(ShopFlow.PickupFound, Internal(ShopCommands.PickupFound, "p2", PickupLookupEffect.Answer(many.Search(query.City), query)));
        var edit = Assert.Single(last.Outbox, o => o.Kind == OutboxKind.EditMessageText);
        Assert.Contains("стр. 3 из 3", edit.Text, StringComparison.Ordinal);
        Assert.Equal(4, Buttons(edit).Count(b => b.Data!.StartsWith(ShopCallbacks.PickupPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void BadPhone_IsAskedAgain_AGoodOneIsNormalised()
    {
        ToPhone();
        var bad = _h.Run(ShopFlow.PhoneEntered, Text("12345"));
        Assert.Equal("Это не номер телефона. Введите номер, например +7 999 123-45-67:", Reply(bad));
        Assert.Equal(ShopStates.Phone, bad.Session.State);

        var good = _h.Run(ShopFlow.PhoneEntered, Text("8 (999) 123-45-67"));
        Assert.Equal("+79991234567", good.Session.Get(ShopData.Phone));
        Assert.Equal(ShopStates.Email, good.Session.State);
    }

    [Theory]
    [InlineData("ivan@")]
    [InlineData("ivan example.com")]
    [InlineData("ivan@example")]
    [InlineData("Иван <ivan@example.com>")]
    public void BadEmail_IsAskedAgain(string email)
    {
        ToPhone();
        _h.Run(ShopFlow.PhoneEntered, Text("+79991234567"));
        var d = _h.Run(ShopFlow.EmailEntered, Text(email));
        Assert.StartsWith("Это не адрес e-mail.", Reply(d), StringComparison.Ordinal);
        Assert.Equal(ShopStates.Email, d.Session.State);
    }

    [Fact]
    public void Summary_ThenConfirm_ReservesWithoutDebiting()
    {
        ToSummary("ivan@example.com");
        Assert.Equal(
            "Проверьте заказ:\nТовар: Кружка\nЦена: 500 баллов\nПункт выдачи: Москва Варшавское шоссе 168\nПолучатель: Иван Петров\nТелефон: +79991234567\nE-mail: ivan@example.com",
            _lastReply);

        var d = _h.Run(ShopFlow.Confirm, Callback(ShopCallbacks.Confirm));

        Assert.Empty(d.Postings);
        Assert.Equal(ShopStates.Placing, d.Session.State);
        var order = EffectPayload<OrderDraft>(d, ShopEffects.Reserve);
        Assert.Equal(new OrderDraft("42-1", 42, "mug", "Кружка", 500, "0199b9d0a69b77a09018951faeb4697d", "Москва Варшавское шоссе 168",
            "Иван", "Петров", "+79991234567", "ivan@example.com", _h.Clock.GetUtcNow()), order);
        Assert.NotNull(d.Session.Get(ShopData.Pending));
    }

    [Fact]
    public void ConfirmPressedTwice_ReservesOnce()
    {
        ToSummary("");
        _h.Run(ShopFlow.Confirm, Callback(ShopCallbacks.Confirm));
        var again = _h.Run(ShopFlow.Confirm, Callback(ShopCallbacks.Confirm));
        Assert.Empty(Effects(again, ShopEffects.Reserve));
    }

    [Fact]
    public void Confirm_WithoutEnoughPoints_SaysSo_AndReservesNothing()
    {
        ToSummary("");
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Points, 100) };

        var d = _h.Run(ShopFlow.Confirm, Callback(ShopCallbacks.Confirm));

        Assert.Equal("Недостаточно баллов: «Кружка» стоит 500, на вашем балансе 100. Баллы не списаны.", Reply(d));
        Assert.Empty(Effects(d, ShopEffects.Reserve));
        Assert.Empty(d.Postings);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
    }

    [Fact]
    public void Reserved_Won_DebitsOnce_StoresTheOrder_AndSendsTheSeedsFinalMessage()
    {
        var order = Place();

        var d = _h.Run(ShopFlow.Reserved, Internal(ShopCommands.Reserved, "r1", new Reservation(order, Won: true, StockLeft: 2)));

        Assert.Equal(Done, Reply(d));
        var posting = Assert.Single(d.Postings);
        Assert.Equal(new Posting(Currencies.Points, -500, "order:42-1", "Order 42-1: Кружка"), posting);
        Assert.Equal(order, EffectPayload<ShopOrder>(d, ShopEffects.StoreOrder).Draft);
        Assert.Equal(500, _h.Session.Balance(Currencies.Points));
        Assert.Null(_h.Session.Get(ShopData.Pending));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);

        var repeat = _h.Run(ShopFlow.Reserved, Internal(ShopCommands.Reserved, "r1", new Reservation(order, Won: true, StockLeft: 2)));
        Assert.Empty(repeat.Postings);
        Assert.Empty(Messages(repeat));

        var purchases = Reply(_h.Run(ShopFlow.ShowPurchases, Command("/purchases")));
        Assert.Equal("Ваши заказы:\n\n01.03.2026 — Кружка, 500 баллов (заказ 42-1)\nПВЗ: Москва Варшавское шоссе 168", purchases);
    }

    [Fact]
    public void Reserved_Refused_SaysOutOfStock_AndDebitsNothing()
    {
        var order = Place();
        var d = _h.Run(ShopFlow.Reserved, Internal(ShopCommands.Reserved, "r1", new Reservation(order, Won: false, StockLeft: 0)));
        Assert.Equal("К сожалению, «Кружка» закончился. Баллы не списаны. Выберите другой подарок: /catalog", Reply(d));
        Assert.Empty(d.Postings);
        Assert.Empty(Effects(d, ShopEffects.StoreOrder));
        Assert.Equal(1000, _h.Session.Balance(Currencies.Points));
        Assert.Null(_h.Session.Get(ShopData.Pending));
    }

    [Fact]
    public void Reserved_Won_ButThePointsWentMeanwhile_GivesTheUnitBack_AndDebitsNothing()
    {
        var order = Place();
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Points, 10) };

        var d = _h.Run(ShopFlow.Reserved, Internal(ShopCommands.Reserved, "r1", new Reservation(order, Won: true, StockLeft: 0)));

        Assert.Empty(d.Postings);
        Assert.Equal(order, EffectPayload<OrderDraft>(d, ShopEffects.Release));
        Assert.StartsWith("Недостаточно баллов", Reply(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrderBeingPlaced_HoldsItsPoints_ASecondPurchaseWaits()
    {
        Place();
        _h.Session = _h.Session with { State = ServiceStates.Menu };
        var d = _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        Assert.Equal("Предыдущий заказ ещё оформляется, подождите немного.", Reply(d));
    }

    [Fact]
    public void Cancel_LeavesTheDialog_WithNothingDebited()
    {
        ToPhone();
        var d = _h.Run(ShopFlow.Cancel, Callback(ShopCallbacks.Cancel));
        Assert.Equal("Заказ отменён, баллы не списаны.", Messages(d)[0].Text);
        Assert.Equal(ServiceStates.Menu, d.Session.State);
        Assert.Null(d.Session.Get(ShopData.Product));
    }

    [Fact]
    public void APickupAnswer_ForACityNoLongerAsked_IsDropped()
    {
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        _h.Run(ShopFlow.CityEntered, Text("москва"));
        _h.Run(ShopFlow.CityEntered, Text("королев"));
        var query = new PickupQuery("москва", 0, null);
        var late = _h.Run(ShopFlow.PickupFound, Internal(ShopCommands.PickupFound, "late", PickupLookupEffect.Answer(Points.Search("москва"), query)));
        Assert.Empty(Messages(late));
    }

    [Fact]
    public void APickupPointNotOnTheShownPage_IsAStaleButton()
    {
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        City("королев");
        var d = _h.Run(ShopFlow.PickupChosen, Callback(ShopCallbacks.Pickup("s1")));
        Assert.Equal(ShopStates.City, d.Session.State);
        Assert.NotNull(d.CallbackAnswer);
    }

    [Fact]
    public void Purchases_None_SaysSo() =>
        Assert.Equal("У вас пока нет заказов. Каталог: /catalog", Reply(_h.Run(ShopFlow.ShowPurchases, Command("/purchases"))));

    [Fact]
    public void ReserveDecision_OneUnitLeft_Wins_NoneLeft_IsRefused_NoProduct_IsGone()
    {
        var order = Place();
        var win = ReserveEffect.Decide(Mug with { Stock = 1 }, order);
        Assert.True(win.Writes);
        Assert.Equal(0, win.Record!.Stock);
        Assert.True(win.Outcome.Won);

        var refused = ReserveEffect.Decide(Mug with { Stock = 0 }, order);
        Assert.False(refused.Writes);
        Assert.False(refused.Outcome.Won);

        Assert.True(ReserveEffect.Decide(null, order).Outcome.ProductGone);
    }

    [Fact]
    public void EveryCallbackData_FitsIn64Bytes()
    {
        var longId = new string('f', ShopCallbacks.MaxIdBytes);
        foreach (var data in new[]
                 {
                     ShopCallbacks.Category(new string('Ж', 64), 999), ShopCallbacks.CategoryAnew("Посуда"), ShopCallbacks.Product(longId),
                     ShopCallbacks.Buy(longId), ShopCallbacks.Pickup(longId), ShopCallbacks.PickupPage(9999),
                 })
        {
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(data) <= Button.MaxDataBytes, data);
        }
    }

    private string _lastReply = "";

    /// <summary>The city typed, the lookup effect's answer computed as the effect does, and that answer handled.</summary>
    private Decision City(string text, PickupPoints? points = null)
    {
        var asked = _h.Run(ShopFlow.CityEntered, Text(text));
        Assert.Empty(Messages(asked));
        var query = EffectPayload<PickupQuery>(asked, ShopEffects.PickupLookup);
        var result = PickupLookupEffect.Answer((points ?? Points).Search(query.City), query);
        return _h.Run(ShopFlow.PickupFound, Internal(ShopCommands.PickupFound, "lookup:" + text, result));
    }

    private void ToPhone()
    {
        _h.Run(ShopFlow.Buy, Callback(ShopCallbacks.Buy("mug")));
        City("москва");
        _h.Run(ShopFlow.PickupChosen, Callback(ShopCallbacks.Pickup("0199b9d0a69b77a09018951faeb4697d")));
        _h.Run(ShopFlow.FirstNameEntered, Text("Иван"));
        _h.Run(ShopFlow.LastNameEntered, Text("Петров"));
    }

    private void ToSummary(string email)
    {
        ToPhone();
        _h.Run(ShopFlow.PhoneEntered, Text("+7 999 123 45 67"));
        var d = email.Length == 0 ? _h.Run(ShopFlow.SkipEmail, Callback(ShopCallbacks.SkipEmail)) : _h.Run(ShopFlow.EmailEntered, Text(email));
        _lastReply = Reply(d);
        Assert.Equal(ShopStates.Confirm, d.Session.State);
    }

    private OrderDraft Place()
    {
        ToSummary("");
        return EffectPayload<OrderDraft>(_h.Run(ShopFlow.Confirm, Callback(ShopCallbacks.Confirm)), ShopEffects.Reserve);
    }
}
