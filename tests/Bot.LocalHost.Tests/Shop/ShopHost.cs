using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Features.Rewards.Shop;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Shop;

/// <summary>A local host with rewards (and so the shop) enabled, the timers silent, and the admin calls and
/// purchase steps the shop's end-to-end tests share.</summary>
internal static class ShopHost
{
    public const string Done = "Спасибо за участие в игре! \n🎁 Как идет Ваш подарок можно увидеть по ссылке, которую Яндекс выслал в смс.";
    public const string NoPvz = "К сожалению нет доступных ПВЗ по указанному адресу.";

    public static readonly object[] SeedPvz =
    [
        new { id = "019620d8987e745880fb93a122b7da44", full_address = "Москва Ленинградский проспект 75 к1А" },
        new { id = "01999b820a3477899acb908629c78962", full_address = "Москва Большая Черкизовская улица 3 к1" },
        new { id = "0199b9d0a69b77a09018951faeb4697d", full_address = "Москва Варшавское шоссе 168" },
        new { id = "korolev-1", full_address = "Королёв улица Циолковского 1" },
    ];

    public static Task<TestHost> StartAsync(string storage) => TestHost.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Features:Enabled"] = ShopFlow.FlowName,
            ["PaymentPollingSchedule"] = TestHost.Never,
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
        });

    public static async Task<HttpResponseMessage> AdminAsync(this TestHost host, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", host.AdminKey);
        if (body is not null)
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

    public static Task<JsonNode> PutProductAsync(this TestHost host, string code, string title, long price, long stock, string category = "Посуда") =>
        host.AdminJsonAsync(HttpMethod.Put, $"/api/admin/rewards/products/{code}",
            new { title, category, pricePoints = price, stock, description = "Описание " + title });

    /// <summary>The user exists (sent /start), then gets points through the admin balance API.</summary>
    public static async Task GivePointsAsync(this TestHost host, long userId, long points)
    {
        if ((await host.ChatAsync(userId)).Count == 0)
        {
            await host.SendAsync(userId, "/start");
            await host.SettleAsync();
        }

        await host.AdminJsonAsync(HttpMethod.Post, $"/api/admin/users/{userId}/balance", new { currency = "points", delta = points, reason = "test" });
        await host.SettleAsync();
    }

    public static async Task<decimal> PointsAsync(this TestHost host, long userId)
    {
        var users = (JsonArray)await host.AdminJsonAsync(HttpMethod.Get, "/api/admin/users?format=json");
        var user = users.Single(u => u!["userId"]!.GetValue<long>() == userId)!;
        return user["balances"]?["points"]?.GetValue<decimal>() ?? 0;
    }

    public static async Task<string> LastAsync(this TestHost host, long userId) => (await host.BotMessagesAsync(userId))[^1].Text!;

    public static async Task StepAsync(this TestHost host, long userId, string text)
    {
        await host.SendAsync(userId, text);
        await host.SettleAsync();
    }

    public static async Task TapAsync(this TestHost host, long userId, string button)
    {
        await host.PressAsync(userId, button);
        await host.SettleAsync();
    }

    /// <summary>/catalog → category → product → «Купить»: the city is asked.</summary>
    public static async Task OpenBuyAsync(this TestHost host, long userId, string category, string productButton)
    {
        await host.StepAsync(userId, "/catalog");
        await host.TapAsync(userId, category);
        await host.TapAsync(userId, productButton);
        await host.TapAsync(userId, "Купить");
    }

    /// <summary>From the city to the summary with «Подтвердить».</summary>
    public static async Task ToSummaryAsync(this TestHost host, long userId, string city, string pvzAddress, string email = "")
    {
        await host.StepAsync(userId, city);
        await host.TapAsync(userId, pvzAddress);
        await host.StepAsync(userId, "Иван");
        await host.StepAsync(userId, "Петров");
        await host.StepAsync(userId, "8 (999) 123-45-67");
        if (email.Length == 0)
        {
            await host.TapAsync(userId, "Пропустить");
        }
        else
        {
            await host.StepAsync(userId, email);
        }
    }

    public static string Today(this TestHost host) =>
        host.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
