using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Features.Wallet;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests.Wallet;

/// <summary>A local host with only the wallet enabled, its payment client pointed at the emulator's
/// YooKassa sandbox on the host's own address, and the timers silent (tests run the poller themselves).</summary>
internal static class WalletHost
{
    public const string AdminId = "900";

    public static Task<TestHost> StartAsync(string storage) => TestHost.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Features:Enabled"] = WalletFlow.FlowName,
            ["Bot:AdminUserIds"] = AdminId,
            ["Bot:AdminPanelUrl"] = "http://127.0.0.1:7071/api/admin",
            ["Wallet:YooKassa:ShopId"] = "100001",
            ["Wallet:YooKassa:SecretKey"] = "test_sandbox_secret",
            ["Wallet:YooKassa:ReturnUrl"] = "http://127.0.0.1/return",
            ["Wallet:YooKassa:RetryDelayMilliseconds"] = "10",
            ["PaymentPollingSchedule"] = TestHost.Never,
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
        },
        services => services.AddSingleton<IPostConfigureOptions<WalletOptions>>(sp => new PostConfigureOptions<WalletOptions>(
            Options.DefaultName,
            o => o.YooKassa.BaseUrl = sp.GetRequiredService<LocalHostAddress>().Url + "/emulator/yookassa/v3")));

    /// <summary>Start → button → amount → confirm; answers the payment id from the check button.</summary>
    public static async Task<string> CreateInvoiceAsync(this TestHost host, long userId, int amount)
    {
        await host.SendAsync(userId, "/start");
        await host.SettleAsync();
        await host.PressAsync(userId, "Пополнить баланс");
        await host.SettleAsync();
        await host.SendAsync(userId, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await host.SettleAsync();
        await host.PressAsync(userId, "Подтвердить");
        await host.SettleAsync();
        var invoice = (await host.BotMessagesAsync(userId)).Last();
        var check = invoice.InlineKeyboard.SelectMany(r => r).Single(b => b.Text == "Проверить оплату");
        return WalletCallbacks.PaymentIdOf(check.CallbackData) ?? throw new InvalidOperationException("No payment id in " + check.CallbackData);
    }

    public static async Task PayAsync(this TestHost host, string paymentId, string action = "pay") =>
        (await host.Http.PostAsJsonAsync($"/emulator/payments/{paymentId}/{action}", new { })).EnsureSuccessStatusCode();

    /// <summary>The PaymentPolling timer's work, run now (what the Functions timer and the local host's scheduler call).</summary>
    public static async Task PollAsync(this TestHost host)
    {
        await host.Services.GetRequiredService<PaymentPoller>().PollAsync(CancellationToken.None);
        await host.SettleAsync();
    }

    public static async Task<HttpResponseMessage> AdminAsync(this TestHost host, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", host.AdminKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await host.Http.SendAsync(request);
    }

    public static async Task<JsonObject> UserAsync(this TestHost host, long userId)
    {
        using var response = await host.AdminAsync(HttpMethod.Get, "/api/admin/users?format=json");
        response.EnsureSuccessStatusCode();
        var users = (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (JsonObject)users.Single(u => u!["userId"]!.GetValue<long>() == userId)!;
    }

    public static async Task<decimal> RubAsync(this TestHost host, long userId) =>
        (await host.UserAsync(userId))["balances"]!["RUB"]!.GetValue<decimal>();

    public static async Task<string> AuditAsync(this TestHost host)
    {
        var today = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await host.AdminAsync(HttpMethod.Get, $"/api/admin/logs?from={today}&to={today}&format=jsonl");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
