using System.Text;
using System.Text.Json.Nodes;
using Bot.Features.Rewards;
using Bot.LocalHost.Tests.Shop;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.LocalHost.Tests;

/// <summary>The admin console's rewards, shop and broadcasts screens in headless Chromium (as
/// <see cref="AdminConsoleBrowserTests"/>), against the local host: a product created and a pickup-point CSV
/// previewed and replaced in the console, then found by the bot's shop and bought; the coefficient table's
/// refusal; promo codes with their uses; orders and their CSV; walks and families; a broadcast to a small segment
/// watched to the end and a scheduled one cancelled. With CONSOLE_SCREENSHOTS set to a folder (docs/), it saves
/// console-rewards-*.png and console-broadcasts*.png there.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdminConsoleRewardsBrowserTests(AzuriteFixture azurite, BrowserFixture browsers)
{
    private const long Buyer = 17001;
    private const long Walker = 17002;

    // A spreadsheet's export: a header, a quoted address with a comma and doubled quotes, CRLF line ends.
    private const string PickupCsv =
        "id,full_address\r\n" +
        "tula-1,\"Тула, проспект Ленина 1 \"\"ТЦ Гостиный двор\"\"\"\r\n" +
        "tula-2,Тула улица Советская 5\r\n" +
        "kaluga-1,\"Калуга, улица Кирова 10\"\r\n";

    [Fact]
    public async Task Products_pickup_points_from_a_CSV_coefficients_promo_codes_orders_and_families_through_the_console()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Features:Enabled"] = RewardsFlow.FlowName,
            ["PaymentPollingSchedule"] = TestHost.Never,
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
        }, services => services.PostConfigure<RewardsOptions>(o => o.Weather.BaseUrl = "")); // no weather service: the bot asks for the temperature
        await host.AdminJsonAsync(HttpMethod.Post, "/api/admin/pvz", ShopHost.SeedPvz);
        await using var console = await browsers.ConsoleAsync(host);
        var page = console.Page;
        await Assertions.Expect(page.Locator("#nav a")).ToHaveTextAsync(
            ["Users", "Audit log", "Texts", "Products", "Pickup points", "Shop orders", "Promo codes", "Coefficients", "Walks & families", "Broadcasts"]);

        // Products: a new one through the form; a refusal beside the form; the stock set from the list.
        await page.ClickAsync("#nav a[data-screen='shop-products']");
        await Assertions.Expect(page.Locator("#products-count")).ToHaveTextAsync("0 products");
        await page.ClickAsync("#product-new");
        await page.FillAsync("#product-code", "mug-01");
        await page.FillAsync("#product-title", "Кружка");
        await page.FillAsync("#product-category", "Посуда");
        await page.FillAsync("#product-price", "0");
        await page.FillAsync("#product-stock", "3");
        await page.FillAsync("#product-description", "Керамика, 300 мл");
        await page.ClickAsync("#product-save");
        await Assertions.Expect(page.Locator("#product-error")).ToContainTextAsync("pricePoints must be a whole number above 0");
        await page.FillAsync("#product-price", "100");
        await page.ClickAsync("#product-save");
        await Assertions.Expect(page.Locator("#product-notice")).ToContainTextAsync("Created: Кружка (mug-01), 100 points, stock 3");
        var row = page.Locator("#products-list tr[data-product='mug-01']");
        await row.Locator("input.stock-input").FillAsync("5");
        await row.Locator("button.stock-save").ClickAsync();
        await Assertions.Expect(page.Locator("#product-notice")).ToContainTextAsync("Stock of Кружка is now 5");
        Assert.Equal(5, (await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/products/mug-01"))["stock"]!.GetValue<long>());
        await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await Assertions.Expect(page.Locator("#product-title")).ToHaveValueAsync("Кружка");
        await Assertions.Expect(page.Locator("#product-stock")).ToHaveValueAsync("5");
        await console.ScreenshotAsync("console-rewards-products.png");

        // Pickup points: a CSV read in the browser, previewed, replaced (confirmed); the API's answer shown.
        await page.ClickAsync("#nav a[data-screen='shop-pvz']");
        await Assertions.Expect(page.Locator("#pvz-current")).ToContainTextAsync("4 pickup points");
        await page.SetInputFilesAsync("#pvz-file", new FilePayload { Name = "broken.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("id,full_address\nx,\"Тула\n") });
        await Assertions.Expect(page.Locator("#pvz-error")).ToContainTextAsync("broken.csv: line 2: a quoted field is not closed");
        await page.SetInputFilesAsync("#pvz-file", new FilePayload { Name = "twice.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("id;full_address\na;Тула 1\na;Тула 2\n") });
        await Assertions.Expect(page.Locator("#pvz-preview-count")).ToContainTextAsync("2 pickup points");
        await page.ClickAsync("#pvz-replace");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#pvz-error")).ToContainTextAsync("duplicate ids: a; nothing was replaced");

        await page.SetInputFilesAsync("#pvz-file", new FilePayload { Name = "pvz.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(PickupCsv) });
        await Assertions.Expect(page.Locator("#pvz-preview-count")).ToContainTextAsync("3 pickup points in pvz.csv");
        await Assertions.Expect(page.Locator("#pvz-preview tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#pvz-preview")).ToContainTextAsync("Тула, проспект Ленина 1 \"ТЦ Гостиный двор\"");
        Assert.Equal(4, (await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz"))["count"]!.GetValue<int>()); // nothing sent before «Replace»
        await console.ScreenshotAsync("console-rewards-pvz.png");
        await page.ClickAsync("#pvz-replace");
        await Assertions.Expect(page.Locator("#confirm-message")).ToContainTextAsync("with the 3 in pvz.csv");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#pvz-answer")).ToHaveTextAsync("Successfully saved 3 PVZ items");
        await Assertions.Expect(page.Locator("#pvz-current")).ToContainTextAsync("3 pickup points");
        await page.FillAsync("#pvz-search", "тула");
        await page.ClickAsync("#pvz-find");
        await Assertions.Expect(page.Locator("#pvz-current")).ToContainTextAsync("the bot finds 2 for «тула»");
        var tula = await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz?q=" + Uri.EscapeDataString("Тула"));
        Assert.Equal((3, 2), (tula["count"]!.GetValue<int>(), tula["matched"]!.GetValue<int>()));
        Assert.Equal(["tula-1", "tula-2"], tula["points"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/pvz?q=" + Uri.EscapeDataString("Москва")))["matched"]!.GetValue<int>());

        // The bot's shop finds the new city and the product, and the order is placed.
        await host.GivePointsAsync(Buyer, 300);
        await host.OpenBuyAsync(Buyer, "Посуда", "Кружка · 100");
        await host.StepAsync(Buyer, "Тула");
        var found = (await host.BotMessagesAsync(Buyer))[^1];
        Assert.StartsWith("Пункты выдачи по запросу «Тула»: 2", found.Text, StringComparison.Ordinal);
        await host.TapAsync(Buyer, "Тула улица Советская 5");
        await host.StepAsync(Buyer, "Иван");
        await host.StepAsync(Buyer, "Петров");
        await host.StepAsync(Buyer, "8 (999) 123-45-67");
        await host.TapAsync(Buyer, "Пропустить");
        await host.TapAsync(Buyer, "Подтвердить");
        Assert.Equal(ShopHost.Done, await host.LastAsync(Buyer));

        // Orders: the seed's fields in the range, and the CSV of them.
        await page.ClickAsync("#nav a[data-screen='shop-orders']");
        await page.FillAsync("#orders-from", host.Today());
        await page.FillAsync("#orders-to", host.Today());
        await page.ClickAsync("#orders-show");
        await Assertions.Expect(page.Locator("#orders-count")).ToContainTextAsync("1 orders");
        await Assertions.Expect(page.Locator("#orders-list tbody tr")).ToContainTextAsync("tula-2");
        await console.ScreenshotAsync("console-rewards-orders.png");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#orders-csv"));
        var csv = (await CsvDownload.ReadAsync(download)).Split("\r\n");
        Assert.Equal("order_id,created_at,first_name,last_name,phone,email,pvz_id,product_code", csv[0]);
        Assert.StartsWith($"{Buyer}-1,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",Иван,Петров,+79991234567,,tula-2,mug-01", csv[1], StringComparison.Ordinal);

        // Coefficients: an overlap is refused beside the table in the API's words; a valid table is saved.
        await page.ClickAsync("#nav a[data-screen='rewards-coefficients']");
        var rows = page.Locator("#coeff-rows tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await rows.Nth(1).Locator("input[data-name='fromC']").FillAsync("-20");
        await page.ClickAsync("#coeff-save");
        await Assertions.Expect(page.Locator("#coeff-error")).ToContainTextAsync("ranges 1 and 2 overlap: [-100, -10) and [-20, 0)");
        await console.ScreenshotAsync("console-rewards-coefficients-error.png");
        await rows.Nth(1).Locator("input[data-name='fromC']").FillAsync("-10");
        await rows.Nth(1).Locator("input[data-name='coefficient']").FillAsync("1.3");
        await page.ClickAsync("#coeff-save");
        await Assertions.Expect(page.Locator("#coeff-saved")).ToContainTextAsync("Saved 4 ranges");
        await Assertions.Expect(page.Locator("#coeff-error")).ToBeHiddenAsync();
        var table = (JsonArray)await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/rewards/coefficients");
        Assert.Equal(1.3m, table[1]!["coefficient"]!.GetValue<decimal>());

        // Promo codes: created in the console, used once in the bot, the uses shown.
        await page.ClickAsync("#nav a[data-screen='rewards-promo']");
        await page.FillAsync("#promo-code", "winter25");
        await page.FillAsync("#promo-points", "50");
        await page.FillAsync("#promo-max", "10");
        await page.ClickAsync("#promo-save");
        await Assertions.Expect(page.Locator("#promo-notice")).ToContainTextAsync("Saved WINTER25: 50 points, 0 of 10 used");
        await host.StepAsync(Walker, "/promo");
        await host.StepAsync(Walker, "WINTER25");
        await page.ClickAsync("#promo-refresh");
        await Assertions.Expect(page.Locator("#promo-list tr[data-code='WINTER25'] .uses")).ToHaveTextAsync("1 of 10");
        await console.ScreenshotAsync("console-rewards-promo.png");

        // Walks and families: a family created and a walk finished in the bot, both listed.
        await host.StepAsync(Walker, "/family");
        await host.TapAsync(Walker, "Создать семью");
        await host.StepAsync(Walker, "Петровы");
        await host.StepAsync(Walker, "/walk");
        await host.TapAsync(Walker, "Для себя");
        await host.StepAsync(Walker, "-15");
        var chat = string.Join(" | ", (await host.BotMessagesAsync(Walker)).TakeLast(4).Select(m => m.Text));
        Assert.True(chat.EndsWith("Температура -15 °C (коэффициент 1.5). Нажмите «Завершить прогулку», когда вернётесь.", StringComparison.Ordinal), chat);
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(30));
        await host.TapAsync(Walker, "Завершить прогулку");
        await host.StepAsync(Walker, "8000");
        await page.ClickAsync("#nav a[data-screen='rewards-walks']");
        await page.FillAsync("#walks-to", host.Today()); // the host's clock moved on: its day, not the browser's
        await page.ClickAsync("#walks-show");
        await Assertions.Expect(page.Locator("#walks-count")).ToHaveTextAsync("1 walks, 8000 steps, 120 points");
        await Assertions.Expect(page.Locator("#families-list")).ToContainTextAsync("Петровы");
        await console.ScreenshotAsync("console-rewards-walks.png");

        // A phone-sized window: the pickup points as cards.
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#nav a[data-screen='shop-pvz']");
        await Assertions.Expect(page.Locator("#pvz-current-list tbody tr")).ToHaveCountAsync(3);
        await console.ScreenshotAsync("console-rewards-phone.png");
        console.AssertNoPageErrors();
    }

    [Fact]
    public async Task A_broadcast_to_a_small_segment_is_watched_to_the_end_and_a_scheduled_one_is_cancelled()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Broadcasts:PerSecond"] = "4",
            ["BroadcastsSchedule"] = TestHost.Never,
        });
        long[] english = [17101, 17102, 17103, 17104, 17105];
        long[] russian = [17111, 17112];
        foreach (var user in english)
        {
            await host.SendAsync(user, "/start", "U" + user, "en");
        }

        foreach (var user in russian)
        {
            await host.SendAsync(user, "/start", "U" + user, "ru");
        }

        await host.SettleAsync();
        await using var console = await browsers.ConsoleAsync(host);
        var page = console.Page;
        await page.ClickAsync("#nav a[data-screen='broadcasts']");
        await Assertions.Expect(page.Locator("#bc-segment option[value='locale:en']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#bc-count")).ToHaveTextAsync("0 broadcasts");

        // A refusal: nothing to send, said in the API's words beside the form.
        await page.ClickAsync("#bc-send");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#bc-error")).ToHaveTextAsync("text is empty");
        await console.ScreenshotAsync("console-broadcasts-error.png");

        // To the English-speaking users now, with a link button: the bar runs to the end.
        const string Text = "<b>Winter</b> sale: up to 50% off &amp; gifts";
        await page.FillAsync("#bc-text", Text);
        await page.ClickAsync("#bc-add-button");
        await page.FillAsync("#bc-buttons .bc-button-text", "Catalog");
        await page.FillAsync("#bc-buttons .bc-button-url", "https://example.org/catalog");
        await page.SelectOptionAsync("#bc-segment", "locale:en");
        await page.ClickAsync("#bc-send");
        await Assertions.Expect(page.Locator("#confirm-message")).ToContainTextAsync("to «locale:en» now?");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#bc-notice")).ToContainTextAsync("started");
        await Assertions.Expect(page.Locator("#bc-status")).ToHaveTextAsync("done", new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("#bc-progress")).ToHaveAttributeAsync("max", "5");
        await Assertions.Expect(page.Locator("#bc-progress")).ToHaveAttributeAsync("value", "5");
        await Assertions.Expect(page.Locator("#bc-counts")).ToContainTextAsync("100% · sent 5 · failed 0 · unreachable 0 · skipped 0 · pending 0 · of 5");
        await Assertions.Expect(page.Locator("#bc-cancel")).ToBeDisabledAsync();
        await console.ScreenshotAsync("console-broadcasts.png");

        var broadcasts = (JsonArray)await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/broadcasts");
        var sent = Assert.Single(broadcasts)!;
        Assert.Equal(("done", 5, 5), (sent["status"]!.GetValue<string>(), sent["total"]!.GetValue<int>(), sent["sent"]!.GetValue<int>()));
        await host.SettleAsync();
        foreach (var user in english)
        {
            var line = Assert.Single(await host.BotMessagesAsync(user), m => m.Text == Text);
            Assert.Equal("https://example.org/catalog", line.InlineKeyboard[0][0].Url);
        }

        foreach (var user in russian)
        {
            Assert.DoesNotContain(await host.BotMessagesAsync(user), m => m.Text == Text);
        }

        // A scheduled one (an hour from now, the form's default), cancelled before its time: nobody gets it.
        await page.FillAsync("#bc-text", "Later <i>news</i>");
        await page.CheckAsync("#bc-later");
        await page.ClickAsync("#bc-send");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#bc-notice")).ToContainTextAsync("scheduled");
        await Assertions.Expect(page.Locator("#bc-status")).ToHaveTextAsync("scheduled");
        await page.ClickAsync("#bc-cancel");
        await Assertions.Expect(page.Locator("#confirm-message")).ToContainTextAsync("It will not be sent.");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#bc-status")).ToHaveTextAsync("cancelled");
        await Assertions.Expect(page.Locator("#bc-list tbody tr")).ToHaveCountAsync(2);
        await console.ScreenshotAsync("console-broadcasts-cancelled.png");
        var list = (JsonArray)await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/broadcasts");
        var cancelled = list.Single(b => b!["text"]!.GetValue<string>() == "Later <i>news</i>")!;
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());

        // The timer finds nothing due for it even past its time.
        await host.AdvanceClockAsync(TimeSpan.FromHours(2));
        (await host.AdminAsync(HttpMethod.Post, "/admin/functions/Broadcasts", new { })).EnsureSuccessStatusCode();
        await host.SettleAsync();
        foreach (var user in english.Concat(russian))
        {
            Assert.DoesNotContain(await host.BotMessagesAsync(user), m => m.Text == "Later <i>news</i>");
        }

        // A phone-sized window.
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#nav a[data-screen='users']");
        await page.ClickAsync("#nav a[data-screen='broadcasts']");
        await Assertions.Expect(page.Locator("#bc-list tbody tr")).ToHaveCountAsync(2);
        await console.ScreenshotAsync("console-broadcasts-phone.png");
        console.AssertNoPageErrors();
    }

    [Fact]
    public async Task The_csv_reader_keeps_quoted_separators_quotes_and_line_breaks_and_names_a_broken_line()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Features:Enabled"] = "rewards" });
        await using var console = await browsers.ConsoleAsync(host);
        const string Read = "async (text) => { const m = await import('/api/console/screens/shop-pickup.console.js'); try { return JSON.stringify(m.parseCsv(text)); } catch (e) { return 'error: ' + e.message; } }";

        Assert.Equal("""[["id","full_address"],["a","Тула, ул. 1 \"A\""],["b","x"]]""",
            await console.Page.EvaluateAsync<string>(Read, "id,full_address\r\na,\"Тула, ул. 1 \"\"A\"\"\"\r\n\r\nb,x"));
        Assert.Equal("""[["id","full_address"],["1","a;b"],["2","two\nlines"],["3",""]]""",
            await console.Page.EvaluateAsync<string>(Read, "id;full_address\n1;\"a;b\"\n2;\"two\nlines\"\n3;\"\""));
        Assert.Equal("error: line 3: a quoted field is not closed", await console.Page.EvaluateAsync<string>(Read, "id,full_address\na,b\nc,\"open"));
        Assert.StartsWith("error: line 2: text after a closing quote", await console.Page.EvaluateAsync<string>(Read, "id,full_address\n\"a\"b,c"), StringComparison.Ordinal);
        console.AssertNoPageErrors();
    }
}
