using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Emulator;
using Bot.Engine.Sessions;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Sync;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests.Loyalty;

/// <summary>A local host with only the loyalty flow, its YCLIENTS client pointed at the emulator's sandbox on the
/// host's own address, and the timers silent: tests run the BonusSync work themselves. The sandbox's webhook is
/// not registered at start-up unless <c>sandboxWebhooks</c> (tests register it with <see cref="UseWebhookAsync"/>
/// when they want it), so that a test of the timer alone sees only the timer's work.</summary>
internal static class LoyaltyHost
{
    public const long AdminId = 900;

    public static Task<TestHost> StartAsync(string storage, int pageSize = 200, bool sandboxWebhooks = false) => TestHost.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Features:Enabled"] = LoyaltyFlow.FlowName,
            ["Bot:AdminUserIds"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Loyalty:YClients:CompanyId"] = "1",
            ["Loyalty:YClients:PartnerToken"] = new EmulatorOptions().YClientsPartnerToken,
            ["Loyalty:YClients:UserToken"] = new EmulatorOptions().YClientsUserToken,
            ["Loyalty:YClients:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Loyalty:YClients:RequestsPerSecond"] = "50",
            ["Loyalty:YClients:RetryDelayMilliseconds"] = "10",
            ["Loyalty:YClients:MaxRetries"] = "1",
            ["Loyalty:BookUrl"] = "https://n1234567.yclients.com",
            ["Loyalty:MapUrl"] = "https://yandex.ru/maps/-/CDabc",
            ["Loyalty:SupportPhone"] = "+79990000000",
            ["Broadcasts:PerSecond"] = "200",
            ["BonusSyncSchedule"] = TestHost.Never,
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
            [LocalHostSettings.SandboxWebhooks] = sandboxWebhooks ? "true" : "false",
        },
        services => services.AddSingleton<IPostConfigureOptions<LoyaltyOptions>>(sp => new PostConfigureOptions<LoyaltyOptions>(
            Options.DefaultName,
            o => o.YClients.BaseUrl = sp.GetRequiredService<LocalHostAddress>().Url + "/emulator/yclients/api/v1")));

    /// <summary>Points the sandbox's webhook at this host's <c>/api/yclients/webhook?code=…</c>.</summary>
    public static async Task UseWebhookAsync(this TestHost host) =>
        (await host.Http.PostAsJsonAsync("/emulator/yclients/webhook", new { url = $"{host.Url}/api/yclients/webhook?code={host.AdminKey}" })).EnsureSuccessStatusCode();

    public static async Task<long> AddRecordAsync(this TestHost host, string phone, decimal amount, bool paid = true, bool unreadable = false)
    {
        var response = await host.Http.PostAsJsonAsync("/emulator/yclients/records", new { phone, amount, paid, unreadable });
        response.EnsureSuccessStatusCode();
        return (long)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task PayRecordAsync(this TestHost host, long id) =>
        (await host.Http.PostAsJsonAsync($"/emulator/yclients/records/{id}", new { paid = true })).EnsureSuccessStatusCode();

    public static async Task ShareContactAsync(this TestHost host, long userId, string phone, long? ofUser = null)
    {
        var response = ofUser is { } other
            ? await host.Http.PostAsJsonAsync($"/emulator/users/{userId}/contact", new { phone, userId = other })
            : await host.Http.PostAsJsonAsync($"/emulator/users/{userId}/contact", new { phone });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>An admin call with the function key.</summary>
    public static async Task<HttpResponseMessage> AdminAsync(this TestHost host, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("x-functions-key", host.AdminKey);
        return await host.Http.SendAsync(request);
    }

    public static async Task<SyncResult> SyncAsync(this TestHost host)
    {
        var result = await host.Services.GetRequiredService<BonusSync>().RunAsync(CancellationToken.None);
        await host.SettleAsync();
        return result;
    }

    public static async Task<IReadOnlyList<BonusLogEntry>> BonusLogAsync(this TestHost host) =>
        await host.Services.GetRequiredService<BonusBook>().LogAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-2), CancellationToken.None);

    public static async Task<decimal> PointsAsync(this TestHost host, long userId) =>
        (await host.Services.GetRequiredService<SessionStore>().GetAsync(userId, CancellationToken.None))?.Balance("points") ?? 0;

    /// <summary>Links a phone: /phone, then the user's own contact.</summary>
    public static async Task LinkAsync(this TestHost host, long userId, string phone)
    {
        await host.SendAsync(userId, "/phone");
        await host.SettleAsync();
        await host.ShareContactAsync(userId, phone);
        await host.SettleAsync();
    }

    public static async Task<IReadOnlyList<string>> NoticesAsync(this TestHost host, long userId) =>
        (await host.BotMessagesAsync(userId)).Select(m => m.Text ?? "").Where(t => t.StartsWith("Начислено ", StringComparison.Ordinal)).ToList();
}
