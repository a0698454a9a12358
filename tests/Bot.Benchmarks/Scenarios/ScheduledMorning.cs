using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Bot.Benchmarks.Load;
using Bot.Emulator;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;
using Bot.Engine.Schedules;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.LocalHost;
using Bot.LocalHost.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks.Scenarios;

/// <summary><c>--scheduled-morning [count] [--max-seconds N]</c>: <c>count</c> (default <see cref="DefaultUsers"/>) users
/// each have a command scheduled for the same minute (a coaching program's day at 08:00 for everyone in one zone),
/// the emulator allows <see cref="LimitPerSecond"/> sends a second and <c>Broadcasts:PerSecond</c> is
/// <see cref="PacedPerSecond"/>. The clock is moved past that minute and the Reminders timer's work runs once; meanwhile
/// a user with nothing scheduled writes every 2 s. Prints the rate of the morning's messages, 429s, duplicates, lost,
/// and the writer's reply latency. In process (the local host, its emulator, the Azurite on 127.0.0.1:10000 with its
/// own prefix); bounded by <c>--max-seconds</c> (default <see cref="DefaultMaxSeconds"/>) and SIGTERM.</summary>
internal static class ScheduledMorning
{
    public const string Flag = "--scheduled-morning";
    public const int DefaultUsers = 2_000;
    public const int DefaultMaxSeconds = 600;
    private const int LimitPerSecond = 30;
    private const int PacedPerSecond = 28;
    private const long FirstUser = 700_000;
    private const long Writer = 790_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var (count, maxSeconds) = ReadArguments(args);
        var builder = InProcessHost.Builder("bm", MorningFlow.FlowName, new Dictionary<string, string?>
        {
            ["Broadcasts:PerSecond"] = PacedPerSecond.ToString(CultureInfo.InvariantCulture),
            ["RemindersSchedule"] = "0 0 0 1 1 *",
            ["OutboxSweepSchedule"] = "0 0 0 1 1 *",
        });
        builder.Services.AddSingleton<IFlow, MorningFlow>();
        await builder.AddLocalHostAsync();
        await using var app = builder.Build();
        app.MapLocalHost();
        await app.StartAsync();

        using var bound = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        bound.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
        var ct = bound.Token;
        var url = app.Services.GetRequiredService<LocalHostAddress>().Url;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        var users = Enumerable.Range(0, count).Select(i => FirstUser + i).ToList();
        var clock = app.Services.GetRequiredService<VirtualClock>();
        var schedules = app.Services.GetRequiredService<ScheduleStore>();
        var eight = clock.GetUtcNow().AddMinutes(2);
        await Parallel.ForEachAsync(users.Append(Writer), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (user, token) =>
        {
            (await http.PostAsJsonAsync("/emulator/users", new { userId = user, firstName = "M" + user, languageCode = "ru" }, token)).EnsureSuccessStatusCode();
            if (user != Writer)
            {
                await schedules.AddAsync(eight, user, new InternalCommand(MorningFlow.Day, $"morning:{user}"), token);
            }
        });

        (await http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond = LimitPerSecond, perChatPerSecond = 0 }, ct)).EnsureSuccessStatusCode();
        (await http.DeleteAsync("/emulator/calls", ct)).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromMinutes(4));
        var watch = Stopwatch.StartNew();
        var latencies = new List<double>();
        using var stopWriter = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writer = WriteDuringAsync(http, latencies, stopWriter.Token);
        int dispatched;
        List<Load.BotApiCall> sends;
        try
        {
            dispatched = await schedules.DispatchDueAsync(ct);
            var dispatchTime = watch.Elapsed;
            Console.Error.WriteLine($"  Reminders: {dispatched} commands handed out in {dispatchTime.TotalSeconds:F1} s");
            var targets = users.ToHashSet();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds((count / (double)PacedPerSecond) + 300);
            while (true)
            {
                var calls = await http.GetFromJsonAsync<List<Load.BotApiCall>>("/emulator/calls", ct) ?? [];
                sends = calls.Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && c.ChatId is { } chat && targets.Contains(chat)).ToList();
                if (sends.Where(c => c.Ok).Select(c => c.ChatId).Distinct().Count() >= count || DateTime.UtcNow > deadline)
                {
                    break;
                }

                await Task.Delay(2_000, ct);
            }
        }
        finally
        {
            await stopWriter.CancelAsync();
            await writer;
            await http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond = 0, perChatPerSecond = 0 }, CancellationToken.None);
        }

        var delivered = sends.Where(c => c.Ok).ToList();
        var distinct = delivered.Select(c => c.ChatId).Distinct().Count();
        var window = delivered.Count == 0 ? TimeSpan.Zero : delivered.Max(c => c.At) - sends.Min(c => c.At);
        var sorted = latencies.Order().ToArray();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"| the morning's messages: {count:N0} users' commands due in one minute, {PacedPerSecond}/s paced under the emulator's {LimitPerSecond}/s | " +
                          $"{distinct} of {count} delivered, {count - distinct} lost, {delivered.Count - distinct} duplicates, {sends.Count(c => c.ErrorCode == 429)} × 429 of {sends.Count} attempts; " +
                          $"{(window > TimeSpan.Zero ? delivered.Count / window.TotalSeconds : 0).ToString("0.0", inv)}/s from the first send to the last ({window.TotalSeconds.ToString("0.0", inv)} s) |");
        Console.WriteLine($"| a user's reply meanwhile (one message every 2 s, nothing scheduled) | p50 {Percentiles.Of(sorted, 50).ToString("0", inv)} ms, p90 {Percentiles.Of(sorted, 90).ToString("0", inv)} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]).ToString("0", inv)} ms ({sorted.Length} replies) |");
        await app.StopAsync(CancellationToken.None);
        return distinct == count && delivered.Count == distinct ? 0 : 1;
    }

    /// <summary>The writer: "ping" every 2 s through the webhook; latency = the POST → the emulator's sendMessage to them.</summary>
    private static async Task WriteDuringAsync(HttpClient http, List<double> latencies, CancellationToken ct)
    {
        try
        {
            for (var n = 1; !ct.IsCancellationRequested; n++)
            {
                await Task.Delay(2_000, ct);
                var before = (await http.GetFromJsonAsync<List<Load.BotApiCall>>($"/emulator/calls?chatId={Writer}", ct) ?? []).Count(c => c.Ok);
                var sent = Stopwatch.StartNew();
                (await http.PostAsJsonAsync($"/emulator/users/{Writer}/messages", new { text = "ping " + n }, ct)).EnsureSuccessStatusCode();
                while (!ct.IsCancellationRequested && sent.Elapsed < TimeSpan.FromSeconds(30))
                {
                    var now = (await http.GetFromJsonAsync<List<Load.BotApiCall>>($"/emulator/calls?chatId={Writer}", ct) ?? []).Count(c => c.Ok);
                    if (now > before)
                    {
                        latencies.Add(sent.Elapsed.TotalMilliseconds);
                        break;
                    }

                    await Task.Delay(10, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The morning is over.
        }
    }

    private static (int Count, int MaxSeconds) ReadArguments(string[] args)
    {
        var count = DefaultUsers;
        var maxSeconds = DefaultMaxSeconds;
        var at = Array.IndexOf(args, Flag);
        for (var i = at + 1; i < args.Length; i++)
        {
            if (args[i] == "--max-seconds" && i + 1 < args.Length)
            {
                maxSeconds = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                    ? s
                    : throw new ArgumentException($"--max-seconds takes a whole number of seconds above 0, not '{args[i]}'");
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000)
            {
                count = n;
            }
            else
            {
                throw new ArgumentException($"{Flag} takes [count 1..100000] [--max-seconds N], not '{args[i]}'");
            }
        }

        return (count, maxSeconds);
    }

    /// <summary>The scenario's flow: the scheduled command says good morning; any text gets "pong".</summary>
    private sealed class MorningFlow : IFlow
    {
        public const string FlowName = "morning";
        public const string Day = "morning.day";

        public string Name => FlowName;

        public MenuEntry? MenuEntry => null;

        public IEnumerable<TextDefinition> Texts => [];

        public void Map(RouteTable routes)
        {
            routes.Internal(Day, ctx => ctx.Decide().Reply("Доброе утро! Сегодняшнее задание ждёт вас."));
            foreach (var state in new[] { ServiceStates.Start, ServiceStates.Menu })
            {
                routes.On(state, InputKind.Text, ctx => ctx.Decide().Reply("pong"));
            }
        }
    }
}
