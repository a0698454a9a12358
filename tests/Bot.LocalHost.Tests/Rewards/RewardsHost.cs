using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Engine.Schedules;
using Bot.Features.Rewards;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests.Rewards;

/// <summary>A local host with only the rewards flow, its weather client pointed at the emulator's Open-Meteo
/// sandbox on the host's own address (or at nothing, <paramref name="weather"/> false), timers silent.</summary>
internal static class RewardsHost
{
    public const string Bot = "emulator_bot";

    public static Task<TestHost> StartAsync(string storage, bool weather = true) => TestHost.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Features:Enabled"] = RewardsFlow.FlowName,
            ["Rewards:BotUsername"] = Bot,
            ["Rewards:PointsPer1000Steps"] = "10",
            ["Rewards:ReferralPoints"] = "50",
            ["Rewards:MaxStepsPerDay"] = "30000",
            ["Rewards:MaxWalkMinutes"] = "240",
            ["Rewards:Weather:MaxRetries"] = "0",
            ["Rewards:Weather:BaseUrl"] = weather ? null : "",
            ["RemindersSchedule"] = TestHost.Never,
            ["OutboxSweepSchedule"] = TestHost.Never,
            ["PaymentPollingSchedule"] = TestHost.Never,
        },
        services => services.AddSingleton<IPostConfigureOptions<RewardsOptions>>(sp => new PostConfigureOptions<RewardsOptions>(
            Options.DefaultName,
            o =>
            {
                if (weather)
                {
                    var url = sp.GetRequiredService<LocalHostAddress>().Url;
                    o.Weather.BaseUrl = url + "/emulator/open-meteo/v1";
                    o.Weather.GeocodingUrl = url + "/emulator/open-meteo/geocoding/v1";
                }
                else
                {
                    o.Weather.BaseUrl = "";
                }
            })));

    public static async Task SayAsync(this TestHost host, long userId, string text, string firstName = "Anna")
    {
        await host.SendAsync(userId, text, firstName);
        await host.SettleAsync();
    }

    public static async Task TapAsync(this TestHost host, long userId, string button)
    {
        await host.PressAsync(userId, button);
        await host.SettleAsync();
    }

    public static async Task<string> LastAsync(this TestHost host, long userId) => (await host.BotMessagesAsync(userId))[^1].Text ?? "";

    public static async Task<IReadOnlyList<string>> TextsAsync(this TestHost host, long userId) =>
        (await host.BotMessagesAsync(userId)).Select(m => m.Text ?? "").ToList();

    public static async Task WeatherAsync(this TestHost host, object body) =>
        (await host.Http.PostAsJsonAsync("/emulator/weather", body)).EnsureSuccessStatusCode();

    /// <summary>The Reminders timer's work (scheduled commands that are due), run now.</summary>
    public static async Task RunRemindersAsync(this TestHost host)
    {
        await host.Services.GetRequiredService<ScheduleStore>().DispatchDueAsync(CancellationToken.None);
        await host.SettleAsync();
    }

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

    public static async Task<decimal> PointsAsync(this TestHost host, long userId)
    {
        using var response = await host.AdminAsync(HttpMethod.Get, "/api/admin/users?format=json");
        response.EnsureSuccessStatusCode();
        var users = (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var user = users.SingleOrDefault(u => u!["userId"]!.GetValue<long>() == userId);
        return user?["balances"]?["points"]?.GetValue<decimal>() ?? 0m;
    }

    /// <summary>/walk → «Для себя» (a known city is asked once: Москва).</summary>
    public static async Task StartWalkAsync(this TestHost host, long userId, string choice = "Для себя")
    {
        await host.SayAsync(userId, "/walk");
        await host.TapAsync(userId, choice);
        if ((await host.LastAsync(userId)).StartsWith("В каком городе", StringComparison.Ordinal))
        {
            await host.SayAsync(userId, "Москва");
        }
    }

    /// <summary>30 minutes later: «Завершить прогулку» and the steps.</summary>
    public static async Task FinishWalkAsync(this TestHost host, long userId, long steps)
    {
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(30));
        await host.TapAsync(userId, "Завершить прогулку");
        await host.SayAsync(userId, steps.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
