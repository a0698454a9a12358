using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Bot.Emulator;
using Bot.Engine.Storage;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Sync;
using Bot.Features.Loyalty.YClients;
using Bot.LocalHost;
using Bot.LocalHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.Scenarios;

/// <summary><c>--loyalty-sync [count] [--max-seconds N] [--parallelism P] [--linked L]</c>: a first BonusSync of <c>count</c> (default
/// <see cref="DefaultRecords"/>) paid sandbox records (no phone linked, the usual first run) through the real YCLIENTS
/// client at its default pace (4 requests a second, 200 a page), against the Azurite on 127.0.0.1:10000 with its own
/// prefix. Prints the time, storage operations per record (client side, <see cref="StorageOperationCounter"/>) and
/// requests per second to YCLIENTS. Bounded: one run, cancelled after <c>--max-seconds</c> (default
/// <see cref="DefaultMaxSeconds"/>) or at SIGTERM/Ctrl+C (the host's console lifetime turns those into "stopping"
/// and waits for Main: the run must listen to that, or a <c>timeout</c> around it would not stop it); a cancelled run
/// prints what it did so far and exits 2. With <c>--linked L</c> the first L records' phones are linked to users
/// beforehand, so the run sends L bonus notices (fan-outs of notices, one per page) under the emulator's 30 a second
/// at <c>Broadcasts:PerSecond</c> = 28, and the run waits for them: their rate, 429s, duplicates and lost.</summary>
internal static class LoyaltyFirstSync
{
    public const string Flag = "--loyalty-sync";
    public const string MaxSecondsFlag = "--max-seconds";
    public const string ParallelismFlag = "--parallelism";
    public const string LinkedFlag = "--linked";
    private const int LimitPerSecond = 30;
    private const int PacedPerSecond = 28;
    public const int DefaultRecords = 10_000;
    public const int DefaultMaxSeconds = 900;

    public static async Task<int> RunAsync(string[] args)
    {
        var (records, maxSeconds, parallelism, linked) = ReadArguments(args);
        var builder = Load.InProcessHost.Builder("bl", LoyaltyFlow.FlowName, new Dictionary<string, string?>
        {
            ["Loyalty:YClients:CompanyId"] = "1",
            ["Loyalty:YClients:PartnerToken"] = new EmulatorOptions().YClientsPartnerToken,
            ["Loyalty:YClients:UserToken"] = new EmulatorOptions().YClientsUserToken,
            ["BonusSyncSchedule"] = "0 0 0 1 1 *",
            [LocalHostSettings.SandboxWebhooks] = "false",
            ["Broadcasts:PerSecond"] = PacedPerSecond.ToString(CultureInfo.InvariantCulture),
            ["OutboxSweepSchedule"] = "0 0 0 1 1 *",
        });
        if (parallelism is { } p)
        {
            builder.Configuration["Loyalty:SyncParallelism"] = p.ToString(CultureInfo.InvariantCulture);
        }
        builder.Services.AddSingleton<StorageOperationCounter>();
        await builder.AddLocalHostAsync();
        builder.Services.AddSingleton<IPostConfigureOptions<LoyaltyOptions>>(sp => new PostConfigureOptions<LoyaltyOptions>(
            Options.DefaultName, o => o.YClients.BaseUrl = sp.GetRequiredService<LocalHostAddress>().Url + "/emulator/yclients/api/v1"));
        await using var app = builder.Build();
        app.MapLocalHost();
        await app.StartAsync();

        // The whole scenario is bounded: the time limit, and the host stopping (SIGTERM from `timeout`, Ctrl+C).
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        bound.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
        var url = app.Services.GetRequiredService<LocalHostAddress>().Url;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        (await http.PostAsJsonAsync("/emulator/yclients/records/bulk", new { count = records, amount = 1500, paid = true }, bound.Token)).EnsureSuccessStatusCode();
        var users = await LinkAsync(app.Services, http, linked, bound.Token);

        var counter = app.Services.GetRequiredService<StorageOperationCounter>();
        var limiter = app.Services.GetRequiredService<YClientsRateLimiter>();
        var sync = app.Services.GetRequiredService<BonusSync>();
        counter.Reset();
        var requestsBefore = limiter.Requests;
        var watch = Stopwatch.StartNew();
        SyncResult? result = null;
        try
        {
            result = await sync.RunAsync(bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            // Stopped by the bound: report what was done so far.
        }

        var syncTime = watch.Elapsed;
        var notices = users.Count > 0 && result is not null ? await WaitForNoticesAsync(http, users, bound.Token) : null;
        watch.Stop();
        await http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond = 0, perChatPerSecond = 0 }, CancellationToken.None);
        var requests = limiter.Requests - requestsBefore;
        var ops = counter.Snapshot();

        var inv = CultureInfo.InvariantCulture;
        if (result is null)
        {
            var recorded = (await app.Services.GetRequiredService<BonusBook>().LogAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-2), CancellationToken.None)).Count;
            Console.WriteLine($"| first sync of {records:N0} paid sandbox records | STOPPED after {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s ({(app.Lifetime.ApplicationStopping.IsCancellationRequested ? "the host was asked to stop" : $"limit {maxSeconds} s")}), {recorded} bonuses recorded |");
        }
        else
        {
            Console.WriteLine($"| first sync of {records:N0} paid sandbox records{(users.Count > 0 ? $", {users.Count:N0} of them linked" : "")} | {syncTime.TotalSeconds.ToString("0.0", inv)} s, {result.Pages} pages, {result.NewBonuses} new bonuses, error: {result.Error ?? "none"} |");
        }

        if (notices is { } n)
        {
            Console.WriteLine($"| bonus notices to {users.Count:N0} linked users, {PacedPerSecond}/s paced under the emulator's {LimitPerSecond}/s | {n.Delivered} delivered, {n.Lost} lost, {n.Duplicates} duplicates, {n.TooMany} × 429; {n.PerSecond.ToString("0.0", inv)}/s from the first send to the last ({n.Window.TotalSeconds.ToString("0.0", inv)} s); all notified {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s after the sync began |");
        }

        Console.WriteLine($"| storage operations per record | {(counter.Total / (double)records).ToString("0.00", inv)} ({string.Join(", ", ops.OrderBy(o => o.Key).Select(o => $"{o.Key} {(o.Value / (double)records).ToString("0.00", inv)}"))}) |");
        Console.WriteLine($"| requests to YCLIENTS | {requests} in {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s = {(requests / watch.Elapsed.TotalSeconds).ToString("0.00", inv)}/s (limit {limiter.RequestsPerSecond.ToString(inv)}/s) |");
        await app.StopAsync(CancellationToken.None);
        return result is null ? 2 : result.Error is null && result.NewBonuses == records && notices is not { Lost: > 0 } and not { Duplicates: > 0 } ? 0 : 1;
    }

    /// <summary>Links the first <paramref name="count"/> sandbox phones (+79990000000 on) to users 800000 on, as the
    /// phone dialog's effect does, and creates those users in the emulator; then limits the emulator to 30 sends a
    /// second and clears its calls.</summary>
    private static async Task<IReadOnlyList<long>> LinkAsync(IServiceProvider services, HttpClient http, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        var records = services.GetRequiredService<Bot.Engine.Records.SharedRecords>();
        var now = DateTimeOffset.UtcNow;
        var users = Enumerable.Range(0, count).Select(i => 800_000L + i).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (i, token) =>
        {
            (await http.PostAsJsonAsync("/emulator/users", new { userId = users[i], firstName = "L" + i, languageCode = "ru" }, token)).EnsureSuccessStatusCode();
            var phone = "+7999" + i.ToString("D7", CultureInfo.InvariantCulture);
            await records.ChangeAsync<Bot.Features.Loyalty.Linking.PhoneLink, bool>(LoyaltyTables.Phones, phone, LoyaltyTables.LinkRow, "bench-link-" + i,
                _ => Bot.Engine.Records.Change<Bot.Features.Loyalty.Linking.PhoneLink, bool>.Write(new Bot.Features.Loyalty.Linking.PhoneLink(users[i], now), true), token);
        });
        (await http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond = LimitPerSecond, perChatPerSecond = 0 }, ct)).EnsureSuccessStatusCode();
        (await http.DeleteAsync("/emulator/calls", ct)).EnsureSuccessStatusCode();
        return users;
    }

    private sealed record Notices(int Delivered, int Lost, int Duplicates, int TooMany, TimeSpan Window)
    {
        public double PerSecond => Window > TimeSpan.Zero ? Delivered / Window.TotalSeconds : 0;
    }

    /// <summary>Waits (polling the emulator's calls every 2 s, at most 5 minutes past the pace) until every linked user
    /// has had a notice.</summary>
    private static async Task<Notices> WaitForNoticesAsync(HttpClient http, IReadOnlyList<long> users, CancellationToken ct)
    {
        var targets = users.ToHashSet();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds((users.Count / (double)PacedPerSecond) + 300);
        List<Load.BotApiCall> sends;
        while (true)
        {
            var calls = await http.GetFromJsonAsync<List<Load.BotApiCall>>("/emulator/calls", ct) ?? [];
            sends = calls.Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && c.ChatId is { } chat && targets.Contains(chat)).ToList();
            if (sends.Where(c => c.Ok).Select(c => c.ChatId).Distinct().Count() >= users.Count || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(2_000, ct);
        }

        var delivered = sends.Where(c => c.Ok).ToList();
        var distinct = delivered.Select(c => c.ChatId).Distinct().Count();
        var window = delivered.Count == 0 ? TimeSpan.Zero : delivered.Max(c => c.At) - sends.Min(c => c.At);
        return new Notices(delivered.Count, users.Count - distinct, delivered.Count - distinct, sends.Count(c => c.ErrorCode == 429), window);
    }

    /// <summary><c>[count] [--max-seconds N] [--parallelism P]</c> after the flag; a bad value throws with what is expected.</summary>
    private static (int Count, int MaxSeconds, int? Parallelism, int Linked) ReadArguments(string[] args)
    {
        var count = DefaultRecords;
        var linked = 0;
        var maxSeconds = DefaultMaxSeconds;
        int? parallelism = null;
        var at = Array.IndexOf(args, Flag);
        for (var i = at + 1; i < args.Length; i++)
        {
            if (args[i] == MaxSecondsFlag && i + 1 < args.Length)
            {
                maxSeconds = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                    ? s
                    : throw new ArgumentException($"{MaxSecondsFlag} takes a whole number of seconds above 0, not '{args[i]}'");
            }
            else if (args[i] == ParallelismFlag && i + 1 < args.Length)
            {
                parallelism = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 64
                    ? p
                    : throw new ArgumentException($"{ParallelismFlag} takes a whole number from 1 to 64, not '{args[i]}'");
            }
            else if (args[i] == LinkedFlag && i + 1 < args.Length)
            {
                linked = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l is >= 0 and <= 100_000
                    ? l
                    : throw new ArgumentException($"{LinkedFlag} takes a whole number from 0 to 100000, not '{args[i]}'");
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                count = n is >= 1 and <= 1_000_000 ? n : throw new ArgumentException($"the record count must be from 1 to 1000000, not {n}");
            }
            else
            {
                throw new ArgumentException($"{Flag} takes [count] [{MaxSecondsFlag} N] [{ParallelismFlag} P] [{LinkedFlag} L], not '{args[i]}'");
            }
        }

        return linked <= count
            ? (count, maxSeconds, parallelism, linked)
            : throw new ArgumentException($"{LinkedFlag} {linked} is more than the {count} records");
    }
}
