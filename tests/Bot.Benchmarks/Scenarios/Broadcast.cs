using System.Globalization;
using Bot.Benchmarks.Load;
using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks.Scenarios;

/// <summary>A paced broadcast under Telegram's flood limit: <see cref="Recipients"/> users with sessions, the
/// emulator limited to <see cref="LimitPerSecond"/> sends a second, the local host at
/// <c>Broadcasts:PerSecond</c> = <see cref="PacedPerSecond"/>; <c>POST /api/admin/broadcasts</c> (segment all)
/// and <c>GET</c> until done. Meanwhile a user who is not a recipient (their session begins after the segment
/// is fixed) writes every <see cref="WriterGap"/>: reply latency = webhook POST → the emulator's
/// <c>sendMessage</c> to them. Achieved rate: broadcast messages delivered ÷ the time from the first send
/// attempt to the last delivery. Storage operations are counted from the POST to settled and divided by the
/// recipients (the writer's few updates included). Between seeding and the broadcast it waits for in-memory
/// Azurite's queue GC pass (<see cref="AzuriteQueueGc"/>), which would otherwise stall every storage request for
/// seconds in the middle of the measurement.</summary>
internal static class Broadcast
{
    public const int Recipients = 2_000;
    public const int LimitPerSecond = 30;
    public const int PacedPerSecond = 28;
    public const long Writer = 3_900_001;
    public static readonly TimeSpan WriterGap = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(180);

    /// <summary>How long the 2,000 users' first updates may take to settle (a shared, busy machine is slow).</summary>
    public static readonly TimeSpan SeedDeadline = TimeSpan.FromSeconds(420);

    /// <summary>The settings the host is started with for this scenario.</summary>
    public static IReadOnlyDictionary<string, string> HostSettings(string adminKey) => new Dictionary<string, string>
    {
        ["Broadcasts__PerSecond"] = PacedPerSecond.ToString(CultureInfo.InvariantCulture),
        ["Admin__FunctionKey"] = adminKey,
    };

    public static async Task<BroadcastResult> RunAsync(
        BotClient client, IReadOnlyList<long> users, string adminKey, Func<CancellationToken, Task<TimeSpan>> storageGarbageCollected, CancellationToken ct)
    {
        // Every recipient writes once, so that they have a session the segment finds.
        await client.CreateUsersAsync([.. users, Writer], ct);
        await client.SendAllAsync(users, 32, ct);
        if (!await client.SettleAsync(SeedDeadline, ct))
        {
            throw new InvalidOperationException($"The {users.Count} users' first updates did not settle in {SeedDeadline.TotalSeconds:F0} s.");
        }

        var stall = await storageGarbageCollected(ct);
        Console.Error.WriteLine($"    Azurite's queue GC pass after seeding: {(stall > TimeSpan.Zero ? $"stalled storage {stall.TotalSeconds:F1} s" : "none seen")}");

        await client.ClearCallsAsync(ct);
        await client.ResetOperationsAsync(ct);
        await client.SetGlobalLimitAsync(LimitPerSecond, ct);
        var latencies = new List<double>();
        bool settled;
        string status;
        try
        {
            var id = await client.CreateBroadcastAsync(adminKey, "<b>Benchmark</b> broadcast: paced &amp; counted", ct);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var writer = WriteDuringAsync(client, latencies, stop.Token);
            var deadline = DateTime.UtcNow + Deadline;
            status = "sending";
            while (status == "sending" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1_000, ct);
                status = (await client.BroadcastAsync(adminKey, id, ct))["status"]!.GetValue<string>();
            }

            await stop.CancelAsync();
            await writer;
            settled = await client.SettleAsync(TimeSpan.FromSeconds(60), ct);
            var view = await client.BroadcastAsync(adminKey, id, ct);
            Console.Error.WriteLine($"  broadcast {id}: {view.ToJsonString()}");
        }
        finally
        {
            await client.SetGlobalLimitAsync(0, CancellationToken.None);
        }

        var operations = await client.OperationsAsync(ct);
        var targets = users.ToHashSet();
        var sends = (await client.CallsAsync(ct))
            .Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && c.ChatId is { } chat && targets.Contains(chat))
            .ToList();
        var delivered = sends.Where(c => c.Ok).ToList();
        var distinct = delivered.Select(c => c.ChatId!.Value).Distinct().Count();
        var window = delivered.Count == 0 ? TimeSpan.Zero : delivered.Max(c => c.At) - sends.Min(c => c.At);
        var sorted = latencies.Order().ToArray();
        var result = new BroadcastResult(
            users.Count, LimitPerSecond, PacedPerSecond, delivered.Count, sends.Count(c => c.ErrorCode == 429), sends.Count,
            users.Count - distinct, delivered.Count - distinct, window, settled && status == "done", status,
            sorted.Length, Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 90), sorted.Length == 0 ? 0 : sorted[^1], operations);
        Console.Error.WriteLine($"  broadcast: {result.AchievedPerSecond:F1}/s, 429s {result.TooManyRequests}, lost {result.Lost}, duplicates {result.Duplicates}, reply p50 {result.ReplyP50Ms:F0} ms");
        if (delivered.Count > 1)
        {
            // Where the time went: sends per second of the window, and the longest pauses between two sends.
            var start = sends.Min(c => c.At);
            var perSecond = delivered.GroupBy(c => (int)(c.At - start).TotalSeconds).Select(g => g.Count()).ToList();
            var times = delivered.Select(c => c.At).Order().ToList();
            var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalMilliseconds).OrderDescending().Take(5);
            Console.Error.WriteLine($"  sends per second: {string.Join(' ', perSecond)}");
            Console.Error.WriteLine($"  longest pauses (ms): {string.Join(' ', gaps.Select(g => g.ToString("F0", CultureInfo.InvariantCulture)))}");
        }

        return result;
    }

    /// <summary>The writer's updates, one every <see cref="WriterGap"/>, each waited for (at most 30 s).</summary>
    private static async Task WriteDuringAsync(BotClient client, List<double> latencies, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(WriterGap, ct);
                var sent = DateTimeOffset.UtcNow;
                var before = (await client.CallsToAsync(Writer, ct)).Count(c => c.Ok);
                if (!await client.WebhookAsync(Writer, "hello", ct))
                {
                    continue;
                }

                var until = DateTime.UtcNow.AddSeconds(30);
                while (DateTime.UtcNow < until)
                {
                    await Task.Delay(50, ct);
                    var replies = (await client.CallsToAsync(Writer, ct)).Where(c => c.Ok).ToList();
                    if (replies.Count > before)
                    {
                        latencies.Add(Math.Max(0, (replies.Max(c => c.At) - sent).TotalMilliseconds));
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The broadcast is over.
        }
    }
}
