using System.Net;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Shop;

/// <summary>Seed 001's shop end to end: the local host with rewards enabled, the emulator's chat, the admin API.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ShopEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ShopHost.StartAsync(azurite.ConnectionString);
        await _host.AdminJsonAsync(HttpMethod.Post, "/api/admin/pvz", ShopHost.SeedPvz);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_purchase_from_catalog_to_the_final_message_then_the_order_in_the_range_export()
    {
        const long user = 13001;
        await _host.PutProductAsync("mug", "Кружка", 500, 3);
        await _host.GivePointsAsync(user, 800);

        await _host.StepAsync(user, "/catalog");
        Assert.Equal("Выберите категорию:", await _host.LastAsync(user));
        await _host.TapAsync(user, "Посуда");
        Assert.Equal("Посуда (стр. 1 из 1). Выберите товар:", await _host.LastAsync(user));
        await _host.TapAsync(user, "Кружка · 500");
        Assert.Equal("Кружка\n\nОписание Кружка\n\nЦена: 500 баллов\nВ наличии: 3 шт.", await _host.LastAsync(user));
        await _host.TapAsync(user, "Купить");
        Assert.Equal("Доставка в пункт выдачи заказов (ПВЗ). Введите город:", await _host.LastAsync(user));
        await _host.StepAsync(user, "Москва");
        var list = (await _host.BotMessagesAsync(user))[^1];
        Assert.StartsWith("Пункты выдачи по запросу «Москва»: 3", list.Text, StringComparison.Ordinal);
        Assert.Contains(list.InlineKeyboard.SelectMany(r => r), b => b.Text == "Москва Варшавское шоссе 168");
        await _host.TapAsync(user, "Москва Варшавское шоссе 168");
        await _host.StepAsync(user, "Иван");
        await _host.StepAsync(user, "Петров");
        await _host.StepAsync(user, "8 (999) 123-45-67");
        await _host.StepAsync(user, "ivan@example.com");
        Assert.Equal(
            "Проверьте заказ:\nТовар: Кружка\nЦена: 500 баллов\nПункт выдачи: Москва Варшавское шоссе 168\nПолучатель: Иван Петров\nТелефон: +79991234567\nE-mail: ivan@example.com",
            await _host.LastAsync(user));
        await _host.TapAsync(user, "Подтвердить");

        Assert.Equal(ShopHost.Done, await _host.LastAsync(user));
        Assert.Equal(300m, await _host.PointsAsync(user));
        var product = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products/mug");
        Assert.Equal(2, product["stock"]!.GetValue<long>());

        var today = _host.Today();
        var orders = (JsonArray)await _host.AdminJsonAsync(HttpMethod.Get, $"/api/admin/order/{today}-{today}");
        var order = (JsonObject)Assert.Single(orders)!;
        Assert.Equal(
            ["first_name", "last_name", "phone", "email", "pvz_id", "order_id", "created_at", "product_code"],
            order.Select(p => p.Key));
        Assert.All(order, p => Assert.Equal(System.Text.Json.JsonValueKind.String, p.Value!.GetValueKind()));
        Assert.Equal("Иван", (string?)order["first_name"]);
        Assert.Equal("Петров", (string?)order["last_name"]);
        Assert.Equal("+79991234567", (string?)order["phone"]);
        Assert.Equal("ivan@example.com", (string?)order["email"]);
        Assert.Equal("0199b9d0a69b77a09018951faeb4697d", (string?)order["pvz_id"]);
        Assert.Equal($"{user}-1", (string?)order["order_id"]);
        Assert.Equal("mug", (string?)order["product_code"]);
        var created = DateTimeOffset.ParseExact((string)order["created_at"]!, "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, created.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("+00:00", (string)order["created_at"]!, StringComparison.Ordinal);

        await _host.StepAsync(user, "/purchases");
        Assert.Contains("Кружка, 500 баллов (заказ 13001-1)", await _host.LastAsync(user), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_without_pickup_points_gets_the_seed_text_and_another_city_can_be_entered()
    {
        const long user = 13002;
        await _host.PutProductAsync("pen", "Ручка", 50, 5, "Канцелярия");
        await _host.GivePointsAsync(user, 100);
        await _host.OpenBuyAsync(user, "Канцелярия", "Ручка · 50");

        await _host.StepAsync(user, "Владивосток");
        Assert.Equal(ShopHost.NoPvz, await _host.LastAsync(user));

        await _host.StepAsync(user, "королев");
        Assert.StartsWith("Пункты выдачи по запросу «королев»: 1", await _host.LastAsync(user), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("москва", 3)]
    [InlineData("КОРОЛЁВ", 1)]
    [InlineData("Королев", 1)]
    [InlineData("черкизовская", 1)]
    [InlineData("проспект 75", 1)]
    public async Task Pickup_points_match_yo_as_ye_any_case_and_any_part_of_the_address(string query, int count)
    {
        var user = 13100 + Math.Abs(query.GetHashCode(StringComparison.Ordinal) % 800);
        await _host.PutProductAsync("pen", "Ручка", 50, 5, "Канцелярия");
        await _host.GivePointsAsync(user, 100);
        await _host.OpenBuyAsync(user, "Канцелярия", "Ручка · 50");

        await _host.StepAsync(user, query);

        var list = (await _host.BotMessagesAsync(user))[^1];
        Assert.StartsWith($"Пункты выдачи по запросу «{query}»: {count}", list.Text, StringComparison.Ordinal);
        Assert.Equal(count, list.InlineKeyboard.SelectMany(r => r).Count(b => b.CallbackData!.StartsWith("shop:v:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Not_enough_points_is_said_at_buy_and_at_confirm_and_nothing_is_debited()
    {
        const long user = 13003;
        await _host.PutProductAsync("lamp", "Лампа", 700, 5, "Дом");
        await _host.GivePointsAsync(user, 600);
        await _host.OpenBuyAsync(user, "Дом", "Лампа · 700");
        Assert.Equal("Недостаточно баллов: «Лампа» стоит 700, на вашем балансе 600. Баллы не списаны.", await _host.LastAsync(user));

        await _host.GivePointsAsync(user, 200);
        await _host.TapAsync(user, "Купить");
        await _host.ToSummaryAsync(user, "Москва", "Москва Ленинградский проспект 75 к1А");
        await _host.AdminJsonAsync(HttpMethod.Post, $"/api/admin/users/{user}/balance", new { currency = "points", delta = -500, reason = "test" });
        await _host.SettleAsync();
        await _host.TapAsync(user, "Подтвердить");

        Assert.Equal("Недостаточно баллов: «Лампа» стоит 700, на вашем балансе 300. Баллы не списаны.", await _host.LastAsync(user));
        Assert.Equal(300m, await _host.PointsAsync(user));
        Assert.Equal(5, (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products/lamp"))["stock"]!.GetValue<long>());
    }

    [Fact]
    public async Task Out_of_stock_at_confirm_is_said_and_nothing_is_debited()
    {
        const long first = 13004;
        const long second = 13005;
        await _host.PutProductAsync("cup", "Чашка", 100, 1, "Сервиз");
        foreach (var user in new[] { first, second })
        {
            await _host.GivePointsAsync(user, 100);
            await _host.OpenBuyAsync(user, "Сервиз", "Чашка · 100");
            await _host.ToSummaryAsync(user, "Москва", "Москва Варшавское шоссе 168");
        }

        await _host.TapAsync(first, "Подтвердить");
        await _host.TapAsync(second, "Подтвердить");

        Assert.Equal(ShopHost.Done, await _host.LastAsync(first));
        Assert.Equal("К сожалению, «Чашка» закончился. Баллы не списаны. Выберите другой подарок: /catalog", await _host.LastAsync(second));
        Assert.Equal(0m, await _host.PointsAsync(first));
        Assert.Equal(100m, await _host.PointsAsync(second));

        await _host.StepAsync(second, "/catalog");
        await _host.TapAsync(second, "Сервиз");
        Assert.Contains((await _host.BotMessagesAsync(second))[^1].InlineKeyboard.SelectMany(r => r), b => b.Text == "Чашка · Нет в наличии");
    }

    [Fact]
    public async Task The_last_item_confirmed_by_two_users_at_once_goes_to_exactly_one()
    {
        long[] users = [13006, 13007];
        await _host.PutProductAsync("last", "Последний", 200, 1, "Редкое");
        foreach (var user in users)
        {
            await _host.GivePointsAsync(user, 250);
            await _host.OpenBuyAsync(user, "Редкое", "Последний · 200");
            await _host.ToSummaryAsync(user, "Москва", "Москва Варшавское шоссе 168");
        }

        await Task.WhenAll(users.Select(u => _host.PressAsync(u, "Подтвердить")));
        await _host.SettleAsync();

        var last = await Task.WhenAll(users.Select(u => _host.LastAsync(u)));
        Assert.Single(last, t => t == ShopHost.Done);
        Assert.Single(last, t => t.StartsWith("К сожалению, «Последний» закончился", StringComparison.Ordinal));
        var points = await Task.WhenAll(users.Select(u => _host.PointsAsync(u)));
        Assert.Equal([50m, 250m], points.Order());
        Assert.Equal(0, (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products/last"))["stock"]!.GetValue<long>());
        var today = _host.Today();
        var orders = (JsonArray)await _host.AdminJsonAsync(HttpMethod.Get, $"/api/admin/order/{today}-{today}");
        Assert.Single(orders, o => (string?)o!["product_code"] == "last");
    }

    [Fact]
    public async Task A_bad_phone_and_a_bad_email_are_asked_again()
    {
        const long user = 13008;
        await _host.PutProductAsync("pen", "Ручка", 50, 5, "Канцелярия");
        await _host.GivePointsAsync(user, 100);
        await _host.OpenBuyAsync(user, "Канцелярия", "Ручка · 50");
        await _host.StepAsync(user, "Москва");
        await _host.TapAsync(user, "Москва Варшавское шоссе 168");
        await _host.StepAsync(user, "Иван");
        await _host.StepAsync(user, "Петров");

        await _host.StepAsync(user, "12-34");
        Assert.Equal("Это не номер телефона. Введите номер, например +7 999 123-45-67:", await _host.LastAsync(user));
        await _host.StepAsync(user, "+7 999 123 45 67");
        await _host.StepAsync(user, "ivan@example");
        Assert.Equal("Это не адрес e-mail. Введите адрес вида name@example.com или нажмите «Пропустить»:", await _host.LastAsync(user));
        await _host.StepAsync(user, "ivan@example.com");
        Assert.StartsWith("Проверьте заказ:", await _host.LastAsync(user), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pvz_replace_twice_gives_the_same_list_a_bad_body_replaces_nothing_an_empty_one_empties()
    {
        const long user = 13009;
        var body = new object[] { new { id = "tver-1", full_address = "Тверь улица Советская 1" }, new { id = "tver-2", full_address = "Тверь проспект Ленина 2" } };
        for (var i = 0; i < 2; i++)
        {
            var answer = await _host.AdminJsonAsync(HttpMethod.Post, "/api/admin/pvz", body);
            Assert.Equal("""{"success":true,"count":2,"message":"Successfully saved 2 PVZ items"}""", answer.ToJsonString());
        }

        await _host.PutProductAsync("pen", "Ручка", 50, 5, "Канцелярия");
        await _host.GivePointsAsync(user, 100);
        await _host.OpenBuyAsync(user, "Канцелярия", "Ручка · 50");
        await _host.StepAsync(user, "тверь");
        Assert.StartsWith("Пункты выдачи по запросу «тверь»: 2", await _host.LastAsync(user), StringComparison.Ordinal);
        await _host.StepAsync(user, "москва");
        Assert.Equal(ShopHost.NoPvz, await _host.LastAsync(user));

        using (var bad = await _host.AdminAsync(HttpMethod.Post, "/api/admin/pvz", new object[]
               {
                   new { id = "a", full_address = "Тверь 3" }, new { full_address = "Тверь 4" }, new { id = "a", full_address = "Тверь 5" }, new { id = "b" },
               }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("missing id at index 1; missing full_address at index 3; duplicate ids: a; nothing was replaced",
                (string?)JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["error"]);
        }

        using (var notJson = await _host.AdminAsync(HttpMethod.Post, "/api/admin/pvz", new { id = "x" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        await _host.StepAsync(user, "тверь");
        Assert.StartsWith("Пункты выдачи по запросу «тверь»: 2", await _host.LastAsync(user), StringComparison.Ordinal);

        var emptied = await _host.AdminJsonAsync(HttpMethod.Post, "/api/admin/pvz", Array.Empty<object>());
        Assert.Equal(0, emptied["count"]!.GetValue<int>());
        await _host.StepAsync(user, "тверь");
        Assert.Equal(ShopHost.NoPvz, await _host.LastAsync(user));
    }

    [Fact]
    public async Task Pvz_list_answers_the_count_and_what_the_city_search_finds_and_refuses_a_bad_limit()
    {
        var all = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz");
        Assert.Equal((4, 4), (all["count"]!.GetValue<int>(), all["matched"]!.GetValue<int>()));
        Assert.Equal(
            """{"id":"019620d8987e745880fb93a122b7da44","full_address":"Москва Ленинградский проспект 75 к1А"}""",
            all["points"]![0]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var moscow = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz?q=" + Uri.EscapeDataString(" москва ") + "&limit=2");
        Assert.Equal((4, 3, 2), (moscow["count"]!.GetValue<int>(), moscow["matched"]!.GetValue<int>(), moscow["points"]!.AsArray().Count));
        var korolev = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz?q=" + Uri.EscapeDataString("Королев"));
        Assert.Equal("korolev-1", (string?)Assert.Single(korolev["points"]!.AsArray())!["id"]);
        Assert.Equal(0, (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz?q=" + Uri.EscapeDataString("Тула")))["matched"]!.GetValue<int>());

        foreach (var limit in new[] { "0", "501", "ten" })
        {
            using var bad = await _host.AdminAsync(HttpMethod.Get, "/api/admin/pvz?limit=" + limit);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("limit must be a whole number from 1 to 500", (string?)JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["error"]);
        }

        using var noKey = await _host.Http.GetAsync("/api/admin/pvz");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    [Theory]
    [InlineData("2026-13-01-2026-12-31")]
    [InlineData("2026-12-31-2026-12-01")]
    [InlineData("2026-12-01")]
    [InlineData("20261201-20261231")]
    [InlineData("2026-02-30-2026-03-01")]
    public async Task A_bad_order_range_is_400(string range)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, "/api/admin/order/" + range);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
    }

    [Fact]
    public async Task The_order_range_includes_both_days_and_nothing_outside()
    {
        const long user = 13010;
        await _host.PutProductAsync("pen", "Ручка", 50, 5, "Канцелярия");
        await _host.GivePointsAsync(user, 100);
        await _host.OpenBuyAsync(user, "Канцелярия", "Ручка · 50");
        await _host.ToSummaryAsync(user, "Москва", "Москва Варшавское шоссе 168");
        await _host.TapAsync(user, "Подтвердить");
        Assert.Equal(ShopHost.Done, await _host.LastAsync(user));

        var today = DateOnly.Parse(_host.Today(), System.Globalization.CultureInfo.InvariantCulture);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task<int> CountAsync(string from, string to) =>
            ((JsonArray)await _host.AdminJsonAsync(HttpMethod.Get, $"/api/admin/order/{from}-{to}")).Count(o => (string?)o!["order_id"] == $"{user}-1");

        Assert.Equal(1, await CountAsync(Day(0), Day(0)));
        Assert.Equal(1, await CountAsync(Day(-3), Day(0)));
        Assert.Equal(1, await CountAsync(Day(0), Day(2)));
        Assert.Equal(0, await CountAsync(Day(-3), Day(-1)));
        Assert.Equal(0, await CountAsync(Day(1), Day(5)));
    }

    [Fact]
    public async Task Products_crud_answers_the_contract_shape_and_refuses_bad_input()
    {
        var created = await _host.AdminAsync(HttpMethod.Put, "/api/admin/rewards/products/tee",
            new { title = "Футболка", category = "Одежда", pricePoints = 900, stock = 4, description = "Хлопок", photo = "https://example.org/tee.jpg" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var got = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products/tee");
        Assert.Equal("""{"productCode":"tee","title":"Футболка","category":"Одежда","pricePoints":900,"stock":4,"description":"Хлопок","photo":"https://example.org/tee.jpg"}""", got.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Contains((JsonArray)await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products"), p => (string?)p!["productCode"] == "tee");

        using (var bad = await _host.AdminAsync(HttpMethod.Put, "/api/admin/rewards/products/tee", new { title = "", pricePoints = -1, stock = 1.5 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var error = (string)JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["error"]!;
            Assert.Contains("title", error, StringComparison.Ordinal);
            Assert.Contains("pricePoints", error, StringComparison.Ordinal);
            Assert.Contains("stock", error, StringComparison.Ordinal);
        }

        using (var deleted = await _host.AdminAsync(HttpMethod.Delete, "/api/admin/rewards/products/tee"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        using var gone = await _host.AdminAsync(HttpMethod.Get, "/api/admin/rewards/products/tee");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var noKey = await _host.Http.GetAsync("/api/admin/rewards/products");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }
}
