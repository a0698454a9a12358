using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Features.Helpdesk;
using Bot.Features.Helpdesk.Billing;
using Bot.Features.Helpdesk.Sla;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Helpdesk;

/// <summary>A local host with only the helpdesk, the company in UTC, owner 700 from Helpdesk:OwnerIds, and the
/// timers silent (tests run SlaEscalation and BillingDay themselves, twice where it matters).</summary>
internal static class HelpdeskHost
{
    public const long Owner = 700;

    public static Task<TestHost> StartAsync(string storage) => TestHost.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Features:Enabled"] = HelpdeskFlow.FlowName,
            ["Helpdesk:OwnerIds"] = Owner.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Helpdesk:TimeZone"] = "UTC",
            ["SlaEscalationSchedule"] = TestHost.Never,
            ["BillingDaySchedule"] = TestHost.Never,
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
        });

    public static async Task<HttpResponseMessage> AdminAsync(this TestHost host, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", host.AdminKey);
        if (body is string json)
        {
            // Exact JSON (the settings' names are upper case; JsonContent would camel-case them).
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await host.Http.SendAsync(request);
    }

    public static async Task<JsonNode> AdminJsonAsync(this TestHost host, HttpMethod method, string path, object? body = null)
    {
        using var response = await host.AdminAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Makes the people exist on the Telegram side (they can be written to before they write).</summary>
    public static async Task UsersAsync(this TestHost host, params (long Id, string Name)[] users)
    {
        foreach (var (id, name) in users)
        {
            (await host.Http.PostAsJsonAsync("/emulator/users", new { userId = id, firstName = name, languageCode = "ru" })).EnsureSuccessStatusCode();
        }
    }

    public static Task<JsonNode> GrantAsync(this TestHost host, long userId, string role, string? tariffId = null, long[]? assigned = null) =>
        host.AdminJsonAsync(HttpMethod.Post, $"/api/admin/helpdesk/users/{userId}/role",
            new { role, tariffId, assignedContractors = assigned ?? [] });

    public static Task<JsonNode> TariffAsync(this TestHost host, string id, int orders, int reaction, int resolution, bool assignedOnly) =>
        host.AdminJsonAsync(HttpMethod.Put, $"/api/admin/helpdesk/tariffs/{id}",
            new { title = "Тариф " + id, ordersPerPeriod = orders, reactionMinutes = reaction, resolutionMinutes = resolution, assignedContractorsOnly = assignedOnly });

    public static async Task SlaAsync(this TestHost host)
    {
        await host.Services.GetRequiredService<SlaEscalation>().RunAsync(CancellationToken.None);
        await host.SettleAsync();
    }

    public static async Task BillingDayAsync(this TestHost host)
    {
        await host.Services.GetRequiredService<BillingDay>().RunAsync(CancellationToken.None);
        await host.SettleAsync();
    }

    /// <summary>/new_order then the description; answers the order id from the bot's answer.</summary>
    public static async Task<string> NewOrderAsync(this TestHost host, long client, string description)
    {
        await host.SendAsync(client, "/new_order");
        await host.SettleAsync();
        await host.SendAsync(client, description);
        await host.SettleAsync();
        var created = (await host.BotMessagesAsync(client))[^1].Text!;
        Assert.StartsWith("Заказ #", created, StringComparison.Ordinal);
        return created.Substring("Заказ #".Length, OrderIds.Length);
    }

    /// <summary>The newest bot message matching <paramref name="match"/>, settling until it arrives (a fan-out's sends are
    /// paced with queue visibility delays, which settle does not wait for); fails after 20 s with the whole chat.</summary>
    public static async Task<ChatLine> WaitForAsync(this TestHost host, long userId, Func<string, bool> match)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await host.SettleAsync();
            var chat = await host.BotMessagesAsync(userId);
            if (chat.LastOrDefault(m => match(m.Text ?? "")) is { } line)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < until, $"user {userId} got no such message; the chat: {string.Join(" | ", chat.Select(m => m.Text))}");
            await Task.Delay(200);
        }
    }

    public static async Task<IReadOnlyList<string>> TextsAsync(this TestHost host, long userId) =>
        (await host.BotMessagesAsync(userId)).Select(m => m.Text ?? "").ToList();
}
