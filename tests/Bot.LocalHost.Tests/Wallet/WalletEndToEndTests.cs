using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Wallet;

/// <summary>Seed 004 end to end: the local host with only the wallet, the emulator's chat and YooKassa sandbox.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WalletEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Greeting = "Привет, Anna\nЯ - бот для пополнения баланса.\nНажмите на кнопку, чтобы пополнить баланс";
    private const string Error = "Что-то пошло не так. Отчет отправлен в службу поддержки.";
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await WalletHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Happy_path_from_start_to_the_credited_balance()
    {
        const long user = 4001;
        var paymentId = await _host.CreateInvoiceAsync(user, 500);

        var bot = await _host.BotMessagesAsync(user);
        Assert.Equal(Greeting, bot[0].Text);
        Assert.Equal("Пополнить баланс", Assert.Single(bot[0].InlineKeyboard.SelectMany(r => r)).Text);
        Assert.Equal("Введите сумму, на которую вы хотите пополнить баланс", bot[1].Text);
        Assert.Equal("Пополнить баланс на 500 ₽?", bot[2].Text);
        Assert.Empty(bot[2].InlineKeyboard); // [Подтвердить] [Отмена] are removed once pressed
        var pay = bot[3].InlineKeyboard.SelectMany(r => r).Single(b => b.Text == "Оплатить");
        Assert.EndsWith("/emulator/payments/" + paymentId, pay.Url, StringComparison.Ordinal);

        await _host.PressAsync(user, "Проверить оплату");
        await _host.SettleAsync();
        Assert.Equal("Счёт ожидает оплаты.", (await _host.BotMessagesAsync(user)).Last().Text);

        await _host.PayAsync(paymentId);
        await _host.PressAsync(user, "Проверить оплату");
        await _host.SettleAsync();

        Assert.Equal("Платёж на 500 ₽ прошёл успешно. Ваш баланс: 500 ₽.", (await _host.BotMessagesAsync(user)).Last().Text);
        Assert.Equal(500m, await _host.RubAsync(user));
        var audit = await _host.AuditAsync();
        Assert.Contains($"Invoice {paymentId} of 500 RUB created", audit, StringComparison.Ordinal);
        Assert.Contains($"Payment {paymentId} of 500 RUB credited; balance 500 RUB", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declined_payment_is_reported_by_the_timer_and_the_dialog_starts_over()
    {
        const long user = 4002;
        var paymentId = await _host.CreateInvoiceAsync(user, 300);

        await _host.PayAsync(paymentId, "decline");
        await _host.PollAsync();

        var texts = (await _host.BotMessagesAsync(user)).Select(m => m.Text).TakeLast(2).ToList();
        Assert.Equal(["Платёж на 300 ₽ не прошёл: счёт отклонён.", Greeting], texts);
        Assert.Equal(0m, await _host.RubAsync(user));
    }

    [Fact]
    public async Task Unpaid_invoice_expires_after_its_lifetime()
    {
        const long user = 4003;
        await _host.CreateInvoiceAsync(user, 200);
        await _host.PollAsync();
        var before = (await _host.BotMessagesAsync(user)).Count;

        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(6));
        await _host.PollAsync();

        var after = await _host.BotMessagesAsync(user);
        Assert.Equal(before + 2, after.Count);
        Assert.Equal("Платёж на 200 ₽ не прошёл: время оплаты счёта истекло.", after[^2].Text);
        Assert.Equal(Greeting, after[^1].Text);

        await _host.PollAsync();
        Assert.Equal(after.Count, (await _host.BotMessagesAsync(user)).Count);
    }

    [Fact]
    public async Task The_button_and_the_timer_racing_on_one_paid_invoice_credit_once()
    {
        const long user = 4004;
        var paymentId = await _host.CreateInvoiceAsync(user, 700);
        await _host.PayAsync(paymentId);

        await Task.WhenAll(
            _host.PressAsync(user, "Проверить оплату"),
            _host.Services.GetRequiredService<Bot.Features.Wallet.PaymentPoller>().PollAsync(CancellationToken.None),
            _host.Services.GetRequiredService<Bot.Features.Wallet.PaymentPoller>().PollAsync(CancellationToken.None));
        await _host.SettleAsync();
        await _host.PollAsync();

        var paid = (await _host.BotMessagesAsync(user)).Count(m => m.Text!.StartsWith("Платёж на 700 ₽ прошёл успешно", StringComparison.Ordinal));
        Assert.Equal(1, paid);
        Assert.Equal(700m, await _host.RubAsync(user));
    }

    [Fact]
    public async Task Provider_outage_says_the_seed_error_audits_it_and_starts_over()
    {
        const long user = 4005;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();
        await _host.SendAsync(user, "400");
        await _host.SettleAsync();
        (await _host.Http.PostAsJsonAsync("/emulator/payments/outage", new { enabled = true, statusCode = 500 })).EnsureSuccessStatusCode();
        try
        {
            await _host.PressAsync(user, "Подтвердить");
            await _host.SettleAsync();
        }
        finally
        {
            (await _host.Http.PostAsJsonAsync("/emulator/payments/outage", new { enabled = false })).EnsureSuccessStatusCode();
        }

        var texts = (await _host.BotMessagesAsync(user)).Select(m => m.Text).TakeLast(2).ToList();
        Assert.Equal([Error, Greeting], texts);
        Assert.Contains("\"kind\":\"error\"", await _host.AuditAsync(), StringComparison.Ordinal);

        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();
        Assert.Equal("Введите сумму, на которую вы хотите пополнить баланс", (await _host.BotMessagesAsync(user)).Last().Text);
    }

    [Fact]
    public async Task Every_kind_of_bad_amount_gets_a_clear_answer_and_the_bot_waits_again()
    {
        const long user = 4006;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();

        string[] bad = ["сто рублей", "0", "-50", "99.50", "100001"];
        foreach (var text in bad)
        {
            await _host.SendAsync(user, text);
            await _host.SettleAsync();
        }

        await _host.SendAsync(user, "250");
        await _host.SettleAsync();

        var texts = (await _host.BotMessagesAsync(user)).Select(m => m.Text!).Skip(2).ToList();
        Assert.Equal(6, texts.Count);
        Assert.StartsWith("Не удалось распознать сумму", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Сумма должна быть больше нуля", texts[1], StringComparison.Ordinal);
        Assert.StartsWith("Сумма должна быть больше нуля", texts[2], StringComparison.Ordinal);
        Assert.StartsWith("Сумма должна быть целым числом рублей", texts[3], StringComparison.Ordinal);
        Assert.StartsWith("Максимальная сумма пополнения — 100000 ₽", texts[4], StringComparison.Ordinal);
        Assert.Equal("Пополнить баланс на 250 ₽?", texts[5]);
    }

    [Fact]
    public async Task Cancel_and_start_begin_again_from_any_point()
    {
        const long user = 4007;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();
        await _host.SendAsync(user, "500");
        await _host.SettleAsync();
        await _host.PressAsync(user, "Отмена");
        await _host.SettleAsync();
        Assert.Equal(Greeting, (await _host.BotMessagesAsync(user)).Last().Text);

        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        Assert.Equal(Greeting, (await _host.BotMessagesAsync(user)).Last().Text);
    }

    [Fact]
    public async Task A_blocked_user_gets_no_answer_until_unblocked()
    {
        const long user = 4008;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();

        using (var block = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/users/{user}/block"))
        {
            Assert.Equal(HttpStatusCode.OK, block.StatusCode);
            Assert.True(JsonNode.Parse(await block.Content.ReadAsStringAsync())!["blocked"]!.GetValue<bool>());
        }

        await _host.SendAsync(user, "/start");
        await _host.SendAsync(user, "500");
        await _host.SettleAsync();
        Assert.Single(await _host.BotMessagesAsync(user));
        Assert.True((await _host.UserAsync(user))["blocked"]!.GetValue<bool>());

        (await _host.AdminAsync(HttpMethod.Post, $"/api/admin/users/{user}/unblock")).EnsureSuccessStatusCode();
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        Assert.Equal(2, (await _host.BotMessagesAsync(user)).Count);
        Assert.Contains("User blocked by admin", await _host.AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_changes_a_balance_once_per_idempotency_key_and_exports_users()
    {
        const long user = 4009;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();

        var change = new { currency = "RUB", delta = 150.50m, reason = "подарок" };
        for (var i = 0; i < 2; i++)
        {
            using var response = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/users/{user}/balance", change, idempotencyKey: "gift-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(150.50m, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["balance"]!.GetValue<decimal>());
        }

        await _host.SettleAsync();
        var told = (await _host.BotMessagesAsync(user)).Where(m => m.Text!.StartsWith("Администратор изменил ваш баланс", StringComparison.Ordinal)).ToList();
        Assert.Equal("Администратор изменил ваш баланс: +150.5 ₽. Причина: подарок\nБаланс: 150.5 ₽.", Assert.Single(told).Text);

        using (var tooMuch = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/users/{user}/balance", new { currency = "RUB", delta = -1000, reason = "x" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        }

        using (var unknown = await _host.AdminAsync(HttpMethod.Post, "/api/admin/users/987654/balance", change))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("unknown user", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var action in new[] { "block", "unblock" })
        {
            using var unknown = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/users/987654/{action}");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // /balance shows the balance and the posting the processor copied into the session.
        await _host.SendAsync(user, "/balance");
        await _host.SettleAsync();
        var balance = (await _host.BotMessagesAsync(user))[^1].Text!;
        Assert.StartsWith("Ваш баланс:\n150.5 ₽\n\nПоследние операции:\n", balance, StringComparison.Ordinal);
        Assert.EndsWith("+150.5 ₽ — подарок", balance, StringComparison.Ordinal);

        using (var noKey = new HttpRequestMessage(HttpMethod.Get, "/api/admin/users"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Http.SendAsync(noKey)).StatusCode);
        }

        using var csv = await _host.AdminAsync(HttpMethod.Get, "/api/admin/users?format=csv");
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        var lines = (await CsvDownload.ReadAsync(csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("userId,firstName,username,phone,balances.RUB,balances.points,blocked,unreachable,roles,createdAt", lines[0]);
        Assert.True(lines.Any(l => l.StartsWith($"{user},Anna,,,150.50,0,false,false,,", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.Contains("Admin changed RUB by +150.5", await _host.AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_command_answers_admins_only()
    {
        await _host.SendAsync(long.Parse(WalletHost.AdminId, System.Globalization.CultureInfo.InvariantCulture), "/admin");
        await _host.SendAsync(4010, "/admin");
        await _host.SettleAsync();

        Assert.Contains("/api/admin", Assert.Single(await _host.BotMessagesAsync(900)).Text, StringComparison.Ordinal);
        Assert.Equal(MenuText.Ru(Bot.Features.Menu.MenuTexts.UnknownCommand), Assert.Single(await _host.BotMessagesAsync(4010)).Text);
    }
}
