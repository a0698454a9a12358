using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Bot.Benchmarks.Report;
using Bot.Benchmarks.Scenarios;
using Bot.LocalHost.Azurite;

namespace Bot.Benchmarks.Load;

/// <summary>The whole pipeline run: Azurite (fresh, in memory, 127.0.0.1), its ceiling, the local host
/// as a child process, then webhook latency, end-to-end throughput, and broadcast under the limit on a
/// second fresh Azurite and host (the latency steps can leave Azurite's in-memory queue stalled for
/// minutes, which would measure Azurite, not the bot), and one table on standard output. Progress goes to standard error. The run is bounded: every loop has a count
/// and a deadline, and the whole run is cancelled after <see cref="RunLimit"/>.</summary>
internal static class PipelineRun
{
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(14);

    public static async Task<int> RunAsync(CancellationToken outer)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(outer);
        limit.CancelAfter(RunLimit);
        var ct = limit.Token;
        var started = Stopwatch.StartNew();

        Console.Error.WriteLine("Starting Azurite (127.0.0.1, in memory)…");
        await using var azurite = await AzuriteLauncher.StartAsync(reuseRunning: false, ct: ct);
        Console.Error.WriteLine("Azurite ceiling…");
        var ceiling = await AzuriteCeiling.RunAsync(azurite.ConnectionString, ct);

        var secret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        Console.Error.WriteLine("Starting the local host…");
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, secret, TimeSpan.FromSeconds(90));
        using var client = new BotClient(host.Url, secret);
        Console.Error.WriteLine($"Local host on {host.Url}");

        LoadResults load;
        try
        {
            load = await MeasureLoadAsync(client, ct);
        }
        catch (Exception)
        {
            await Console.Error.WriteLineAsync("The run failed; the local host's last lines:\n" + host.Tail());
            throw;
        }

        var peak = host.PeakWorkingSetMiB();
        await host.DisposeAsync();
        await azurite.DisposeAsync();

        var (broadcast, broadcastPeak) = await BroadcastOnFreshHostAsync(secret, ct);
        var results = new RunResults(load.Latency, load.Quiet, load.Many, load.One, ceiling, broadcast, Math.Max(peak, broadcastPeak), started.Elapsed);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bot pipeline benchmarks · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Environment.OSVersion} · run {started.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine(ReportTable.Render(results));
        return 0;
    }

    private static async Task<LoadResults> MeasureLoadAsync(BotClient client, CancellationToken ct)
    {
        var latencyUsers = Users(1_000_001, 100);
        var manyUsers = Users(2_000_001, 200);
        var oneUser = Users(2_900_001, 1);
        var quietUser = Users(QuietUserId, 1);
        await client.CreateUsersAsync(latencyUsers.Concat(manyUsers).Concat(oneUser).Concat(quietUser), ct);

        Console.Error.WriteLine("Reply latency on a quiet bot…");
        var quiet = await QuietReply.RunAsync(client, quietUser[0], ct);

        Console.Error.WriteLine("Webhook latency…");
        var latency = await WebhookLatency.RunAsync(client, latencyUsers, ct);

        Console.Error.WriteLine("End to end…");
        // Known users first (their sessions exist), so that each update is the steady-state case.
        await client.SendAllAsync([.. manyUsers, .. oneUser], 32, ct);
        var many = await EndToEnd.RunAsync(client, "200 users × 5 updates",
            Enumerable.Range(0, 5).SelectMany(_ => manyUsers).ToArray(), ct);
        var one = await EndToEnd.RunAsync(client, "1 user × 200 updates", Enumerable.Repeat(oneUser[0], 200).ToArray(), ct);
        return new LoadResults(latency, quiet, many, one);
    }

    /// <summary><c>--quiet-bot</c>: only the quiet-bot scenario (about 45 s with start-up), on its own
    /// fresh Azurite and local host, and its one-row table.</summary>
    public static async Task<int> RunQuietAsync(CancellationToken outer)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(outer);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        var ct = limit.Token;
        var started = Stopwatch.StartNew();

        Console.Error.WriteLine("Starting Azurite (127.0.0.1, in memory)…");
        await using var azurite = await AzuriteLauncher.StartAsync(reuseRunning: false, ct: ct);
        var secret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        Console.Error.WriteLine("Starting the local host…");
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, secret, TimeSpan.FromSeconds(90));
        using var client = new BotClient(host.Url, secret);
        QuietReplyResult quiet;
        try
        {
            await client.CreateUsersAsync([QuietUserId], ct);
            Console.Error.WriteLine("Reply latency on a quiet bot…");
            quiet = await QuietReply.RunAsync(client, QuietUserId, ct);
        }
        catch (Exception)
        {
            await Console.Error.WriteLineAsync("The run failed; the local host's last lines:\n" + host.Tail());
            throw;
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bot quiet-bot reply latency · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Environment.OSVersion} · run {started.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine(ReportTable.RenderQuiet(quiet));
        return 0;
    }

    /// <summary>The paced broadcast on its own fresh Azurite and local host (the latency steps can leave
    /// Azurite's in-memory queue stalled, which would measure Azurite, not the bot).</summary>
    private static async Task<(BroadcastResult Result, double PeakMiB)> BroadcastOnFreshHostAsync(string secret, CancellationToken ct)
    {
        Console.Error.WriteLine("Fresh Azurite and local host for the broadcast…");
        var adminKey = RandomNumberGenerator.GetHexString(32, lowercase: true);
        await using var azurite = await AzuriteLauncher.StartAsync(reuseRunning: false, ct: ct);
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, secret, TimeSpan.FromSeconds(90), Broadcast.HostSettings(adminKey));
        using var client = new BotClient(host.Url, secret);
        try
        {
            Console.Error.WriteLine($"Broadcast to {Broadcast.Recipients} at {Broadcast.PacedPerSecond}/s under {Broadcast.LimitPerSecond}/s…");
            var result = await Broadcast.RunAsync(
                client, Users(3_000_001, Broadcast.Recipients), adminKey, c => AzuriteQueueGc.WaitForPassAsync(azurite.ConnectionString, c), ct);
            return (result, host.PeakWorkingSetMiB());
        }
        catch (Exception)
        {
            await Console.Error.WriteLineAsync("The run failed; the local host's last lines:\n" + host.Tail());
            throw;
        }
    }

    /// <summary><c>--broadcast</c>: only the paced broadcast (about 2 minutes), and its rows.</summary>
    public static async Task<int> RunBroadcastAsync(CancellationToken outer)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(outer);
        limit.CancelAfter(TimeSpan.FromMinutes(12));
        var started = Stopwatch.StartNew();
        var (broadcast, _) = await BroadcastOnFreshHostAsync(RandomNumberGenerator.GetHexString(32, lowercase: true), limit.Token);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bot broadcast benchmark · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Environment.OSVersion} · run {started.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine(ReportTable.RenderBroadcast(broadcast));
        return 0;
    }

    private const long QuietUserId = 2_950_001;

    private sealed record LoadResults(IReadOnlyList<LatencyStep> Latency, QuietReplyResult Quiet, EndToEndResult Many, EndToEndResult One);

    private static long[] Users(long first, int count) => Enumerable.Range(0, count).Select(i => first + i).ToArray();
}
