using System.Net.Http.Json;
using System.Text;
using Bot.Engine.Schedules;
using Bot.Features.Coaching;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Coaching;

/// <summary>A local host with only coaching enabled, reminders after 30 minutes (at most 2), the timers silent:
/// tests advance the emulator's clock and run the Reminders work themselves.</summary>
internal static class CoachingHost
{
    public const long Trainer = 900;
    public const int RemindAfterMinutes = 30;

    public static async Task<TestHost> StartAsync(string storage)
    {
        var host = await TestHost.StartAsync(
            storage,
            new Dictionary<string, string?>
            {
                ["Features:Enabled"] = CoachingFlow.FlowName,
                ["Bot:AdminUserIds"] = Trainer.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Coaching:DefaultTimeZone"] = "Europe/Moscow",
                ["Coaching:DayStartsAt"] = "08:00",
                ["Coaching:RemindAfterMinutes"] = RemindAfterMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Coaching:MaxReminders"] = "2",
                ["RemindersSchedule"] = TestHost.Never,
                ["OutboxSweepSchedule"] = TestHost.Never,
            });
        await host.RemindersAsync();   // sets the schedule cursor at "now"
        return host;
    }

    public static DateTimeOffset Now(this TestHost host) => host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The Reminders timer's work, run now, then the queues drained.</summary>
    public static async Task RemindersAsync(this TestHost host)
    {
        await host.Services.GetRequiredService<ScheduleStore>().DispatchDueAsync(CancellationToken.None);
        await host.SettleAsync();
    }

    /// <summary>Moves the clock forward and runs the Reminders work.</summary>
    public static async Task AdvanceAsync(this TestHost host, TimeSpan by)
    {
        await host.AdvanceClockAsync(by);
        await host.RemindersAsync();
    }

    public static async Task SayAsync(this TestHost host, long userId, string text)
    {
        await host.SendAsync(userId, text);
        await host.SettleAsync();
    }

    public static async Task PhotoAsync(this TestHost host, long userId, string fileId)
    {
        var update = $$$"""
            {"message":{"message_id":{{{Random.Shared.Next(1000, 1_000_000)}}},"date":1767225600,
             "chat":{"id":{{{userId}}},"type":"private","first_name":"Anna"},
             "from":{"id":{{{userId}}},"is_bot":false,"first_name":"Anna","language_code":"ru"},
             "photo":[{"file_id":"{{{fileId}}}-small","file_unique_id":"s{{{fileId}}}","width":90,"height":90},
                      {"file_id":"{{{fileId}}}","file_unique_id":"b{{{fileId}}}","width":800,"height":800}]}}
            """;
        using var content = new StringContent(update, Encoding.UTF8, "application/json");
        (await host.Http.PostAsync("/emulator/updates", content)).EnsureSuccessStatusCode();
        await host.SettleAsync();
    }

    /// <summary>/program and a valid questionnaire: the participant is on day 1's weight step.</summary>
    public static async Task JoinAsync(this TestHost host, long userId, string zone = "Москва")
    {
        foreach (var text in new[] { "/program", "175", "72,5", "34", zone })
        {
            await host.SayAsync(userId, text);
        }
    }

    /// <summary>Answers day 1 of the sample program (weight, breakfast photo, mood).</summary>
    public static async Task FinishDayOneAsync(this TestHost host, long userId)
    {
        await host.SayAsync(userId, "71");
        await host.PhotoAsync(userId, "AgADbreakfast" + userId);
        await host.PressAsync(userId, "Отлично");
        await host.SettleAsync();
    }

    public static async Task<IReadOnlyList<string>> TextsAsync(this TestHost host, long userId) =>
        (await host.BotMessagesAsync(userId)).Select(m => m.Text ?? "").ToList();

    public static async Task<HttpResponseMessage> AdminAsync(this TestHost host, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", host.AdminKey);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await host.Http.SendAsync(request);
    }
}
