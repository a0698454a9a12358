using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Sync;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Loyalty;

/// <summary>Seed 002 end to end: the local host with only the loyalty flow, the emulator's chat and YCLIENTS sandbox.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LoyaltyEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await LoyaltyHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Linked_client_gets_a_webhook_bonus_once_and_sees_it_in_balance_and_history()
    {
        const long user = 5001;
        await _host.UseWebhookAsync();
        await _host.LinkAsync(user, "+79991234567");
        var chat = await _host.BotMessagesAsync(user);
        Assert.Contains("Поделиться контактом", chat[0].Text ?? "", StringComparison.Ordinal);
        Assert.Equal("Телефон +79991234567 привязан. Баллы за оплаченные визиты будут начисляться автоматически.", chat.Last().Text);

        var id = await _host.AddRecordAsync("8 999 123-45-67", 2500m);
        await _host.SettleAsync();
        await WaitForAsync(async () => (await _host.NoticesAsync(user)).Count == 1);
        Assert.Equal(25m, await _host.PointsAsync(user));

        // The timer sees the same record: no second bonus, no second notice.
        await _host.SyncAsync();
        await _host.SyncAsync();
        Assert.Single(await _host.NoticesAsync(user));
        Assert.Equal(25m, await _host.PointsAsync(user));
        var log = Assert.Single(await _host.BonusLogAsync());
        Assert.Equal(id, log.RecordId);
        Assert.Equal(user, log.UserId);
        Assert.True(log.Notified);

        await _host.SendAsync(user, "/history");
        await _host.SettleAsync();
        Assert.Contains("визит на 2500 ₽: +25 баллов", (await _host.BotMessagesAsync(user)).Last().Text, StringComparison.Ordinal);
        await _host.SendAsync(user, "/balance");
        await _host.SettleAsync();
        Assert.Contains("25", (await _host.BotMessagesAsync(user)).Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_as_a_developer_runs_it_the_sandboxs_webhook_is_registered_and_a_new_record_gives_its_bonus_notice()
    {
        const long user = 5002;
        await using var host = await LoyaltyHost.StartAsync(azurite.ConnectionString, sandboxWebhooks: true);
        var webhook = (await host.Http.GetFromJsonAsync<JsonObject>("/emulator/yclients/webhook"))!;
        Assert.True((bool)webhook["registered"]!);
        Assert.False((bool)(await _host.Http.GetFromJsonAsync<JsonObject>("/emulator/yclients/webhook"))!["registered"]!);
        await host.LinkAsync(user, "+79991230002");

        // No POST /emulator/yclients/webhook, no BonusSync run (its schedule never fires here): only the webhook can credit it.
        var id = await host.AddRecordAsync("+7 999 123-00-02", 3100m);
        await host.SettleAsync();
        await WaitForAsync(async () => (await host.NoticesAsync(user)).Count == 1);
        Assert.Equal(31m, await host.PointsAsync(user));
        var log = Assert.Single(await host.BonusLogAsync());
        Assert.Equal(id, log.RecordId);
        Assert.True(log.Notified);
        Assert.True((long)(await host.Http.GetFromJsonAsync<JsonObject>("/emulator/yclients/webhook"))!["delivered"]! >= 1);
    }

    [Fact]
    public async Task A_bonus_before_the_phone_is_linked_is_credited_on_linking_and_the_phone_has_one_owner()
    {
        const long first = 5011, second = 5012;
        await _host.AddRecordAsync("+7 (999) 555 00 11", 1999m);
        await _host.AddRecordAsync("79995550011", 1000m, paid: false);
        var sync = await _host.SyncAsync();
        Assert.Null(sync.Error);
        var waiting = Assert.Single(await _host.BonusLogAsync());
        Assert.Null(waiting.UserId);
        Assert.Equal(19, waiting.Points);

        await _host.SendAsync(first, "/phone");
        await _host.SettleAsync();
        await _host.SendAsync(first, "8 (999) 555-00-11");
        await _host.SettleAsync();
        await WaitForAsync(async () => (await _host.NoticesAsync(first)).Count == 1);
        Assert.Equal(19m, await _host.PointsAsync(first));

        // Someone else's contact is refused; the same number typed by another user is refused without saying whose.
        await _host.SendAsync(second, "/phone");
        await _host.SettleAsync();
        await _host.ShareContactAsync(second, "+79995550011", ofUser: first);
        await _host.SettleAsync();
        Assert.StartsWith("Это не ваш контакт.", (await _host.BotMessagesAsync(second)).Last().Text, StringComparison.Ordinal);
        await _host.SendAsync(second, "+79995550011");
        await _host.SettleAsync();
        var refusal = (await _host.BotMessagesAsync(second)).Last().Text!;
        Assert.Equal("Этот номер уже привязан к другому аккаунту. Если это ваш номер, обратитесь в поддержку.", refusal);
        Assert.DoesNotContain(first.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal, StringComparison.Ordinal);
        await _host.SendAsync(second, "12345");
        await _host.SettleAsync();
        Assert.StartsWith("Не удалось распознать номер.", (await _host.BotMessagesAsync(second)).Last().Text, StringComparison.Ordinal);

        // The unpaid record is paid later: the next sync credits it to the first user.
        var unpaid = (await _host.Http.GetFromJsonAsync<JsonObject>("/emulator/yclients/records/2"))!;
        Assert.NotNull(unpaid);
        await _host.PayRecordAsync(2);
        await _host.SyncAsync();
        await WaitForAsync(async () => (await _host.NoticesAsync(first)).Count == 2);
        Assert.Equal(29m, await _host.PointsAsync(first));
        Assert.Equal(0m, await _host.PointsAsync(second));
    }

    [Fact]
    public async Task Book_and_contacts_answer_with_links()
    {
        const long user = 5021;
        await _host.SendAsync(user, "/book");
        await _host.SettleAsync();
        await _host.SendAsync(user, "/contacts");
        await _host.SettleAsync();
        var bot = await _host.BotMessagesAsync(user);
        Assert.Equal("https://n1234567.yclients.com", bot[0].InlineKeyboard.SelectMany(r => r).Single().Url);
        Assert.Equal("Мы на карте: https://yandex.ru/maps/-/CDabc\nТелефон поддержки: +79990000000", bot[1].Text);
    }

    [Fact]
    public async Task Admin_adjusts_by_phone_in_the_bot_and_the_client_is_told()
    {
        const long client = 5031;
        await _host.LinkAsync(client, "+79990001122");
        await _host.SendAsync(LoyaltyHost.AdminId, "/adjust");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "89990001122");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "сто");
        await _host.SettleAsync();
        Assert.Equal("Нужно целое число баллов, не ноль, например 100 или -50.", (await _host.BotMessagesAsync(LoyaltyHost.AdminId)).Last().Text);
        await _host.SendAsync(LoyaltyHost.AdminId, "+100");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "Подарок");
        await _host.SettleAsync();
        Assert.Equal("Телефон: +79990001122\nБаллы: +100\nПричина: Подарок\nПодтвердить?", (await _host.BotMessagesAsync(LoyaltyHost.AdminId)).Last().Text);
        await _host.PressAsync(LoyaltyHost.AdminId, "Подтвердить");
        await _host.SettleAsync();
        Assert.Equal("Готово: +79990001122 +100 баллов. Баланс клиента: 100. Клиент уведомлён.", (await _host.BotMessagesAsync(LoyaltyHost.AdminId)).Last().Text);
        Assert.Equal(100m, await _host.PointsAsync(client));
        Assert.Contains("Подарок", (await _host.BotMessagesAsync(client)).Last().Text, StringComparison.Ordinal);

        // A deduction below zero is refused and said.
        await _host.SendAsync(LoyaltyHost.AdminId, "/adjust");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "+79990001122");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "-150");
        await _host.SettleAsync();
        await _host.SendAsync(LoyaltyHost.AdminId, "Ошибка");
        await _host.SettleAsync();
        await _host.PressAsync(LoyaltyHost.AdminId, "Подтвердить");
        await _host.SettleAsync();
        Assert.StartsWith("Не выполнено: the balance is 100", (await _host.BotMessagesAsync(LoyaltyHost.AdminId)).Last().Text, StringComparison.Ordinal);
        Assert.Equal(100m, await _host.PointsAsync(client));

        // Not an admin: /adjust is an unknown command.
        await _host.SendAsync(client, "/adjust");
        await _host.SettleAsync();
        Assert.DoesNotContain("Введите номер", (await _host.BotMessagesAsync(client)).Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_http_adjust_and_the_bonus_log()
    {
        const long client = 5041;
        using var noKey = await _host.Http.PostAsJsonAsync("/api/admin/loyalty/adjust", new { phone = "+79990002233", points = 10, reason = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);

        // Unlinked phone: the points wait; a deduction beyond them is 400.
        var pending = await AdjustAsync("8 999 000-22-33", 40, "Компенсация", "k1");
        Assert.Equal(HttpStatusCode.OK, pending.Status);
        Assert.Equal("+79990002233", (string)pending.Body!["phone"]!);
        Assert.Null(pending.Body["userId"]);
        Assert.Equal(40, (long)pending.Body["balance"]!);
        var again = await AdjustAsync("8 999 000-22-33", 40, "Компенсация", "k1");
        Assert.Equal(40, (long)again.Body!["balance"]!);
        var tooMuch = await AdjustAsync("+79990002233", -41, "x", "k2");
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await AdjustAsync("123", 5, "x", "k3")).Status);

        await _host.LinkAsync(client, "+79990002233");
        await WaitForAsync(async () => await _host.PointsAsync(client) == 40m);

        var linked = await AdjustAsync("+79990002233", -15, "Списание", "k4");
        Assert.Equal(client, (long)linked.Body!["userId"]!);
        Assert.Equal(25, (long)linked.Body["balance"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await AdjustAsync("+79990002233", -26, "x", "k5")).Status);

        var id = await _host.AddRecordAsync("+79990002233", 1000m);
        await _host.SyncAsync();
        using var json = await Admin(HttpMethod.Get, "/api/admin/loyalty/bonuses?format=json");
        var rows = (await json.Content.ReadFromJsonAsync<JsonArray>())!;
        var row = Assert.Single(rows)!;
        Assert.Equal(id, (long)row["recordId"]!);
        Assert.Equal("+79990002233", (string)row["phone"]!);
        Assert.Equal(client, (long)row["userId"]!);
        Assert.Equal(1000m, (decimal)row["amount"]!);
        Assert.Equal(10, (long)row["points"]!);
        Assert.True((bool)row["notified"]!);
        using var csv = await Admin(HttpMethod.Get, "/api/admin/loyalty/bonuses?format=csv");
        var text = await CsvDownload.ReadAsync(csv);
        Assert.Contains("recordId,phone,userId,amount,points,awardedAt,notified", text, StringComparison.Ordinal);
        using var old = await Admin(HttpMethod.Get, "/api/admin/loyalty/bonuses?from=2020-01-01&to=2020-01-31");
        Assert.Empty((await old.Content.ReadFromJsonAsync<JsonArray>())!);
        using var bad = await Admin(HttpMethod.Get, "/api/admin/loyalty/bonuses?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_webhook_event_whose_record_cannot_be_read_is_kept_for_the_admin_and_the_other_events_are_recorded()
    {
        const long user = 5003;
        await _host.LinkAsync(user, "+79991230003");
        const string body = """
            [{"company_id":1,"resource":"record","resource_id":777,"status":"update","data":{"id":777,"services":[{"title":"Стрижка","cost":"не указана"}],"attendance":1,"paid_full":1}},
             {"company_id":1,"resource":"record","resource_id":778,"status":"create","data":{"id":778,"services":[{"title":"Стрижка","cost":1200}],
              "attendance":1,"paid_full":1,"deleted":false,"date":"2026-12-01 10:00:00","datetime":"2026-12-01T10:00:00+03:00",
              "last_change_date":"2026-12-01T10:00:00+0300","client":{"id":1,"name":"Анна","phone":"+79991230003"}}}]
            """;

        using var response = await _host.Http.PostAsync($"/api/yclients/webhook?code={_host.AdminKey}", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)answer["unreadable"]!);
        Assert.Equal(1, (int)answer["newBonuses"]!);
        await WaitForAsync(async () => (await _host.NoticesAsync(user)).Count == 1);
        Assert.Equal(12m, await _host.PointsAsync(user));
        using var problems = await Admin(HttpMethod.Get, "/api/admin/loyalty/problems");
        var problem = Assert.Single((await problems.Content.ReadFromJsonAsync<JsonArray>())!)!;
        Assert.Equal(777, (long)problem["recordId"]!);
        Assert.Equal("webhook", (string)problem["source"]!);
        Assert.Contains("не указана", (string)problem["raw"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(await _host.BonusLogAsync(), e => e.RecordId == 777);
    }

    [Fact]
    public async Task Webhook_needs_the_key_and_refuses_bad_bodies()
    {
        using var noKey = await _host.Http.PostAsync("/api/yclients/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var bad = await _host.Http.PostAsync($"/api/yclients/webhook?code={_host.AdminKey}", new StringContent("[1,2]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("error", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notJson = await _host.Http.PostAsync($"/api/yclients/webhook?code={_host.AdminKey}", new StringContent("nope", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Empty(await _host.BonusLogAsync());
    }

    private async Task<(HttpStatusCode Status, JsonObject? Body)> AdjustAsync(string phone, long points, string reason, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/loyalty/adjust") { Content = JsonContent.Create(new { phone, points, reason }) };
        request.Headers.Add("x-functions-key", _host.AdminKey);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _host.Http.SendAsync(request);
        await _host.SettleAsync();
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonObject>());
    }

    private Task<HttpResponseMessage> Admin(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("x-functions-key", _host.AdminKey);
        return _host.Http.SendAsync(request);
    }

    /// <summary>Paced notices and webhook deliveries arrive a moment later: settle until the condition holds.</summary>
    internal static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.True(await condition(), "The condition did not hold within 30 s");
    }
}
