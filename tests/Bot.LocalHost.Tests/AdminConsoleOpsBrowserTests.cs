using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.LocalHost.Tests.Coaching;
using Bot.LocalHost.Tests.Helpdesk;
using Bot.LocalHost.Tests.Loyalty;
using Bot.LocalHost.Tests.Support;
using Microsoft.Playwright;

namespace Bot.LocalHost.Tests;

/// <summary>The console's Loyalty, Helpdesk and Coaching screens in headless Chromium against the local host (as
/// <see cref="AdminConsoleBrowserTests"/>): an adjustment by phone reaching the user's balance and the bonus log;
/// helpdesk settings refused beside the field then saved, tariffs, roles, the report's chart and the orders; an
/// invalid coaching program refused on its day and step then a valid one saved, a participant's photo answer and
/// a cancellation. With CONSOLE_SCREENSHOTS set to a folder (docs/), each screen is saved there
/// (console-loyalty*.png, console-helpdesk*.png, console-coaching*.png), and each also in a 390×844 window.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdminConsoleOpsBrowserTests(AzuriteFixture azurite, BrowserFixture browsers)
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Loyalty_an_adjustment_by_phone_reaches_the_users_balance_and_the_bonus_log_lists_the_visits()
    {
        const long vera = 6101;
        await using var host = await LoyaltyHost.StartAsync(azurite.ConnectionString);
        await host.SendAsync(vera, "/start", "Vera");
        await host.SettleAsync();
        await host.LinkAsync(vera, "+79990001122");
        var record = await host.AddRecordAsync("+79990001122", 2500m);
        await host.SyncAsync();
        Assert.Equal(25m, await host.PointsAsync(vera));

        await using var console = await browsers.ConsoleAsync(host);
        var page = console.Page;
        await page.ClickAsync("#nav a[data-screen='loyalty']");

        // The bonus log lists the paid visit (25 points for 2500), linked to Vera.
        var row = page.Locator($"#bonuses-list tr[data-record-id='{record}']");
        await Assertions.Expect(row).ToContainTextAsync("+79990001122");
        await Assertions.Expect(row).ToContainTextAsync(vera.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(row.Locator("td[data-label='Points']")).ToHaveTextAsync("25");

        // A deduction beyond her balance: the API's refusal beside the points, nothing moved.
        await AdjustAsync(page, "8 999 000-11-22", "-1000", "Too much");
        await Assertions.Expect(page.Locator("#loyalty-points-error")).ToContainTextAsync("cannot go below zero");
        Assert.Equal(25m, await host.PointsAsync(vera));

        // +40 by the phone in another format: applied to the linked user; her balance says so.
        await AdjustAsync(page, "8 999 000-11-22", "40", "Console bonus");
        await Assertions.Expect(page.Locator("#loyalty-adjust-result")).ToContainTextAsync($"linked to user {vera}; their points balance is now 65");
        Assert.Equal(65m, await host.PointsAsync(vera));
        await console.ScreenshotAsync("console-loyalty.png");

        // A phone nobody linked: the points wait for the link.
        await AdjustAsync(page, "+7 999 000-33-44", "15", "Welcome gift");
        await Assertions.Expect(page.Locator("#loyalty-adjust-result")).ToContainTextAsync("no client has linked +79990003344 yet. 15 points wait");

        // The users screen shows Vera's balance; the bonus log's CSV has the record.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#bonuses-csv"));
        var csv = await CsvDownload.ReadAsync(download);
        Assert.Contains($"{record},+79990001122,{vera},2500,25,", csv, StringComparison.Ordinal);
        await page.ClickAsync("#nav a[data-screen='users']");
        await page.Locator($"#users-list tr[data-user-id='{vera}'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#user-balances")).ToContainTextAsync("65 points");

        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#nav a[data-screen='loyalty']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await console.ScreenshotAsync("console-loyalty-phone.png");
        console.AssertNoPageErrors();
    }

    [Fact]
    public async Task Helpdesk_settings_are_refused_beside_the_field_then_saved_and_tariffs_roles_report_and_orders_work()
    {
        const long client = 7101, ivan = 7102, petr = 7103;
        await using var host = await HelpdeskHost.StartAsync(azurite.ConnectionString);
        await host.UsersAsync((HelpdeskHost.Owner, "Olga"), (client, "Anna"), (ivan, "Иван"), (petr, "Пётр"));
        await host.TariffAsync("basic", orders: 5, reaction: 60, resolution: 240, assignedOnly: false);
        await host.GrantAsync(ivan, "contractor");
        await host.GrantAsync(client, "client", "basic");
        await host.SettleAsync();
        var order = await host.NewOrderAsync(client, "Настроить принтер");
        await host.WaitForAsync(ivan, t => t.Contains(order, StringComparison.Ordinal));
        await host.PressAsync(ivan, "Взять");
        await host.SettleAsync();
        await host.PressAsync(ivan, "Готово");
        await host.SettleAsync();

        await using var console = await browsers.ConsoleAsync(host);
        var page = console.Page;
        await page.ClickAsync("#nav a[data-screen='helpdesk']");

        // Settings: each with its range; 31 for the billing day is refused beside it, in the API's words; 15 is saved.
        await page.ClickAsync("#helpdesk-tab-settings");
        await Assertions.Expect(page.Locator("#setting-BILLING_DAY-range")).ToContainTextAsync("1–28");
        await Assertions.Expect(page.Locator("#setting-ORDER_RATE-range")).ToContainTextAsync("at least 0");
        await page.FillAsync("#setting-BILLING_DAY", "31");
        await page.ClickAsync("#settings-save");
        await Assertions.Expect(page.Locator(".setting[data-setting='BILLING_DAY'] #setting-BILLING_DAY-error"))
            .ToHaveTextAsync("BILLING_DAY must be a whole number from 1 to 28");
        await Assertions.Expect(page.Locator("#settings-saved")).ToBeHiddenAsync();
        await console.ScreenshotAsync("console-helpdesk-settings-error.png");
        Assert.Equal(1, (await GetJsonAsync(host, "/api/admin/helpdesk/settings"))["BILLING_DAY"]!.GetValue<int>());
        await page.FillAsync("#setting-BILLING_DAY", "15");
        await page.ClickAsync("#settings-save");
        await Assertions.Expect(page.Locator("#settings-saved")).ToContainTextAsync("BILLING_DAY = 15");
        await Assertions.Expect(page.Locator("#setting-BILLING_DAY-error")).ToBeHiddenAsync();
        Assert.Equal(15, (await GetJsonAsync(host, "/api/admin/helpdesk/settings"))["BILLING_DAY"]!.GetValue<int>());

        // Tariffs: a refusal beside its field, then create, edit, delete.
        await page.ClickAsync("#helpdesk-tab-tariffs");
        await Assertions.Expect(page.Locator("#tariffs-list tr[data-tariff-id='basic']")).ToBeVisibleAsync();
        await page.ClickAsync("#tariff-new");
        await page.FillAsync("#tariff-id", "pro");
        await page.FillAsync("#tariff-title", "Про");
        await page.FillAsync("#tariff-ordersPerPeriod", "10");
        await page.FillAsync("#tariff-reactionMinutes", "0");
        await page.FillAsync("#tariff-resolutionMinutes", "120");
        await page.ClickAsync("#tariff-save");
        await Assertions.Expect(page.Locator("#tariff-reactionMinutes-error")).ToHaveTextAsync("reactionMinutes must be a whole number from 1 to 525600");
        await console.ScreenshotAsync("console-helpdesk-tariffs.png");
        await page.FillAsync("#tariff-reactionMinutes", "30");
        await page.ClickAsync("#tariff-save");
        var pro = page.Locator("#tariffs-list tr[data-tariff-id='pro']");
        await Assertions.Expect(pro).ToContainTextAsync("Про");
        await pro.Locator("button.edit").ClickAsync();
        await page.FillAsync("#tariff-title", "Про+");
        await page.ClickAsync("#tariff-save");
        await Assertions.Expect(pro).ToContainTextAsync("Про+");
        await pro.Locator("button.delete").ClickAsync();
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(pro).ToHaveCountAsync(0);
        Assert.Equal(["basic"], (await GetJsonAsync(host, "/api/admin/helpdesk/tariffs")).AsArray().Select(t => t!["tariffId"]!.GetValue<string>()));

        // Users and roles: Пётр becomes a contractor, then loses it.
        await page.ClickAsync("#helpdesk-tab-roles");
        await Assertions.Expect(page.Locator($"#roles-list tr[data-user-id='{ivan}']")).ToContainTextAsync("contractor");
        await page.FillAsync("#role-user", petr.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#role-name", "contractor");
        await page.ClickAsync("#role-grant");
        await Assertions.Expect(page.Locator("#role-grant-result")).ToContainTextAsync($"User {petr}: roles contractor");
        var petrRow = page.Locator($"#roles-list tr[data-user-id='{petr}']");
        await Assertions.Expect(petrRow).ToContainTextAsync("contractor");
        await console.ScreenshotAsync("console-helpdesk-roles.png");
        await petrRow.Locator("button.revoke[data-role='contractor']").ClickAsync();
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(petrRow).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#role-name", "client");
        await page.FillAsync("#role-user", petr.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#role-tariff", "");
        await page.ClickAsync("#role-grant");
        await Assertions.Expect(page.Locator("#role-grant-error")).ToHaveTextAsync("a client needs a tariffId");

        // The report: the API's PNG chart loads; the numbers as tables.
        await page.ClickAsync("#helpdesk-tab-report");
        await Assertions.Expect(page.Locator($"#report-numbers tr[data-user-id='{ivan}'] td[data-label='Done']")).ToHaveTextAsync("1");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#report-chart'); return i && !i.hidden && i.complete && i.naturalWidth > 100; }");
        await console.ScreenshotAsync("console-helpdesk-report.png");
        var reportCsv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-csv"));
        Assert.Contains($"contractor,{ivan},Иван", await CsvDownload.ReadAsync(reportCsv), StringComparison.Ordinal);

        // Orders of the last 30 days, and their CSV.
        await page.ClickAsync("#helpdesk-tab-orders");
        await Assertions.Expect(page.Locator($"#orders-list tr[data-order-id='{order}']")).ToContainTextAsync("done");
        var ordersCsv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#orders-csv"));
        Assert.Contains($"{order},{client},{ivan},done,Настроить принтер", await CsvDownload.ReadAsync(ordersCsv), StringComparison.Ordinal);

        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#helpdesk-tab-settings");
        await Assertions.Expect(page.Locator("#setting-BILLING_DAY")).ToHaveValueAsync("15");
        await console.ScreenshotAsync("console-helpdesk-phone.png");
        console.AssertNoPageErrors();
    }

    [Fact]
    public async Task Coaching_an_invalid_program_is_shown_on_its_step_a_valid_one_is_saved_and_a_participants_photo_shows()
    {
        const long anna = 16301;
        await using var host = await CoachingHost.StartAsync(azurite.ConnectionString);
        await host.JoinAsync(anna);
        await host.SayAsync(anna, "71");
        (await host.Http.PostAsJsonAsync($"/emulator/users/{anna}/photos", new { base64 = Convert.ToBase64String(TestPng.Create()) })).EnsureSuccessStatusCode();
        await host.SettleAsync();
        await host.PressAsync(anna, "Отлично");
        await host.SettleAsync();

        await using var console = await browsers.ConsoleAsync(host);
        var page = console.Page;
        await page.ClickAsync("#nav a[data-screen='coaching']");

        // The program in the editor and its outline; day 1's weight step gets min 400 over max 300.
        var editor = page.Locator("#program-json");
        await Assertions.Expect(editor).ToHaveValueAsync(new Regex("d1-weight"));
        await Assertions.Expect(page.Locator("#program-outline [data-path='days[0].steps[1]']")).ToContainTextAsync("number 30–300");
        var program = JsonNode.Parse(await editor.InputValueAsync())!;
        program["days"]![0]!["steps"]![1]!["min"] = 400;
        await editor.FillAsync(program.ToJsonString(Indented));
        await page.ClickAsync("#program-save");

        // Refused where it is: on the step in the outline, on its line of the JSON, in the API's words.
        const string refusal = "days[0].steps[1]: min 400 is greater than max 300";
        await Assertions.Expect(page.Locator("#program-outline [data-path='days[0].steps[1]'].invalid .where-error")).ToHaveTextAsync(refusal);
        await Assertions.Expect(page.Locator("#program-outline .invalid")).ToHaveCountAsync(1);
        var line = (await editor.InputValueAsync()).Split('\n').ToList().FindIndex(l => l.Contains("\"d1-weight\"", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#program-error")).ToHaveTextAsync(new Regex($"^Line {line} · {Regex.Escape(refusal)}$"));
        await Assertions.Expect(page.Locator("#program-lines span.bad")).ToHaveTextAsync(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("\"id\": \"d1-weight\"", await page.EvaluateAsync<string>("() => { const e = document.querySelector('#program-json'); return e.value.slice(e.selectionStart, e.selectionEnd); }"), StringComparison.Ordinal);
        await console.ScreenshotAsync("console-coaching-program-error.png");
        Assert.Equal(30, (await GetJsonAsync(host, "/api/admin/coaching/program"))["days"]![0]!["steps"]![1]!["min"]!.GetValue<int>());

        // Not JSON at all: the browser's reason, on its line.
        await editor.FillAsync("{\n  \"title\": \"x\",\n  \"days\": [\n}");
        await page.ClickAsync("#program-save");
        await Assertions.Expect(page.Locator("#program-error")).ToContainTextAsync("The editor's text is not JSON (line 4)");

        // A valid program: saved, and the API answers it.
        program["days"]![0]!["steps"]![1]!["min"] = 35;
        program["title"] = "Марафон «Три дня», весна";
        await editor.FillAsync(program.ToJsonString(Indented));
        await page.ClickAsync("#program-save");
        await Assertions.Expect(page.Locator("#program-saved")).ToContainTextAsync("Saved: «Марафон «Три дня», весна», 3 days, 9 steps");
        await Assertions.Expect(page.Locator("#program-error")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#program-outline .invalid")).ToHaveCountAsync(0);
        var saved = await GetJsonAsync(host, "/api/admin/coaching/program");
        Assert.Equal(("Марафон «Три дня», весна", 35), (saved["title"]!.GetValue<string>(), saved["days"]![0]!["steps"]![1]!["min"]!.GetValue<int>()));

        await console.ScreenshotAsync("console-coaching-program.png");

        // Participants: Anna's answers, her breakfast photo fetched with the key.
        await page.ClickAsync("#coaching-tab-participants");
        var annaRow = page.Locator($"#participants-list tr[data-user-id='{anna}']");
        await Assertions.Expect(annaRow.Locator("td[data-label='Status']")).ToHaveTextAsync("active");
        await annaRow.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("#participant-details tr.answer[data-kind='choice']")).ToContainTextAsync("Отлично");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#participant-details tr.answer[data-kind=\"photo\"] img.answer-photo'); return i && i.complete && i.naturalWidth === 120; }");
        await console.ScreenshotAsync("console-coaching-participant.png");

        // Cancel, confirmed: the API says so too.
        await page.ClickAsync("#participant-cancel");
        await Assertions.Expect(page.Locator("#confirm-message")).ToContainTextAsync($"Cancel the participation of Anna ({anna})?");
        await page.ClickAsync("#confirm-ok");
        await Assertions.Expect(page.Locator("#participant-notice")).ToContainTextAsync($"Participation of {anna} is now cancelled");
        await Assertions.Expect(annaRow.Locator("td[data-label='Status']")).ToHaveTextAsync("cancelled");
        Assert.Equal("cancelled", (await GetJsonAsync(host, $"/api/admin/coaching/participants/{anna}"))["status"]!.GetValue<string>());

        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#coaching-tab-program");
        await Assertions.Expect(page.Locator("#program-outline [data-path='days[0].steps[1]']")).ToContainTextAsync("number 35–300");
        await console.ScreenshotAsync("console-coaching-phone.png");
        console.AssertNoPageErrors();
    }

    private static async Task AdjustAsync(IPage page, string phone, string points, string reason)
    {
        await page.FillAsync("#loyalty-phone", phone);
        await page.FillAsync("#loyalty-points", points);
        await page.FillAsync("#loyalty-reason", reason);
        await page.ClickAsync("#loyalty-adjust-submit");
        await Assertions.Expect(page.Locator("#confirm-message")).ToContainTextAsync($"Reason: {reason}");
        await page.ClickAsync("#confirm-ok");
    }

    private static async Task<JsonNode> GetJsonAsync(TestHost host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "x-functions-key", host.AdminKey } } };
        using var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
