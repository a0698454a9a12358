using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Bot.Benchmarks.Report;
using Bot.Benchmarks.Scenarios;
using Bot.LocalHost.Azurite;

namespace Bot.Benchmarks.Load;

/// <summary>The whole pipeline run: Azurite (fresh, in memory, 127.0.0.1), its ceiling, the local host
/// as a child process, then webhook latency, end-to-end throughput, broadcast under the limit, and one
/// table on standard output. Progress goes to standard error. The run is bounded: every loop has a count
/// and a deadline, and the whole run is cancelled after <see cref="RunLimit"/>.</summary>
internal static class PipelineRun
{
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(6);

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

        try
        {
            return await MeasureAsync(host, client, ceiling, started, ct);
        }
        catch (Exception)
        {
            await Console.Error.WriteLineAsync("The run failed; the local host's last lines:\n" + host.Tail());
            throw;
        }
    }

    private static async Task<int> MeasureAsync(HostProcess host, BotClient client, CeilingResult ceiling, Stopwatch started, CancellationToken ct)
    {
        var latencyUsers = Users(1_000_001, 100);
        var manyUsers = Users(2_000_001, 200);
        var oneUser = Users(2_900_001, 1);
        var broadcastUsers = Users(3_000_001, 300);
        await client.CreateUsersAsync(latencyUsers.Concat(manyUsers).Concat(oneUser).Concat(broadcastUsers), ct);

        Console.Error.WriteLine("Webhook latency…");
        var latency = await WebhookLatency.RunAsync(client, latencyUsers, ct);

        Console.Error.WriteLine("End to end…");
        // Known users first (their sessions exist), so that each update is the steady-state case.
        await client.SendAllAsync([.. manyUsers, .. oneUser], 32, ct);
        var many = await EndToEnd.RunAsync(client, "200 users × 5 updates",
            Enumerable.Range(0, 5).SelectMany(_ => manyUsers).ToArray(), ct);
        var one = await EndToEnd.RunAsync(client, "1 user × 200 updates", Enumerable.Repeat(oneUser[0], 200).ToArray(), ct);

        Console.Error.WriteLine("Broadcast under 30/s…");
        var broadcast = await Broadcast.RunAsync(client, broadcastUsers, ct);

        var results = new RunResults(latency, many, one, ceiling, broadcast, host.PeakWorkingSetMiB(), started.Elapsed);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bot pipeline benchmarks · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Environment.OSVersion} · run {started.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine(ReportTable.Render(results));
        return 0;
    }

    private static long[] Users(long first, int count) => Enumerable.Range(0, count).Select(i => first + i).ToArray();
}
