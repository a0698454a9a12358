using System.Diagnostics;
using Bot.Benchmarks.Load;

namespace Bot.Benchmarks.Scenarios;

/// <summary>Open-loop webhook load: calls leave at a fixed rate whatever the answers (no coordinated
/// omission: latency counts from when a call was due, not from when it left). The rate steps up until
/// p99 reaches 50 ms, a call fails, or the last rate; between steps the pipeline settles, so each step
/// starts with empty queues while the queue workers still run beside the webhook as they do in the host.</summary>
internal static class WebhookLatency
{
    /// <summary>The cap is 800/s: at 1200/s Azurite's in-memory queue fell over on this machine (p99 5 s,
    /// then receipts lost and the inbox stuck for minutes), which measures Azurite, not the bot.</summary>
    public static readonly int[] Rates = [50, 100, 150, 200, 300, 400, 600, 800];
    public static readonly TimeSpan StepLength = TimeSpan.FromSeconds(3);
    /// <summary>At least this many calls a step, so that p99 is not one call's luck.</summary>
    public const int MinCalls = 500;

    /// <summary>At most this many calls a step: Azurite's in-memory queue slows down sharply past a few
    /// thousand waiting messages (receive and delete scan it), which would measure Azurite, not the bot.</summary>
    public const int MaxCalls = 1500;
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<LatencyStep>> RunAsync(BotClient client, IReadOnlyList<long> users, CancellationToken ct)
    {
        // Warm-up: connections, JIT, queue clients. Not measured.
        await client.SendAllAsync(Enumerable.Range(0, 400).Select(i => users[i % users.Count]).ToArray(), 8, ct);
        await client.SettleAsync(SettleTimeout, ct);

        var steps = new List<LatencyStep>();
        foreach (var rate in Rates)
        {
            ct.ThrowIfCancellationRequested();
            var step = await StepAsync(client, users, rate, Math.Clamp((int)(rate * StepLength.TotalSeconds), MinCalls, MaxCalls), ct);
            steps.Add(step);
            Console.Error.WriteLine($"  webhook {rate}/s: p50 {step.P50Ms:F1} ms, p99 {step.P99Ms:F1} ms, errors {step.Errors}");
            var settled = await client.SettleAsync(SettleTimeout, ct);
            if (!step.Held || !settled)
            {
                break;
            }
        }

        return steps;
    }

    private static async Task<LatencyStep> StepAsync(BotClient client, IReadOnlyList<long> users, int rate, int count, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var calls = new List<Task<(bool Ok, double Ms)>>(count);
        var interval = 1000.0 / rate;
        for (var i = 0; i < count;)
        {
            var due = i * interval;
            var now = clock.Elapsed.TotalMilliseconds;
            if (now < due)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(due - now, 5)), ct);
                continue;
            }

            // Everything already due leaves now, each timed from its own due time.
            while (i < count && i * interval <= now)
            {
                calls.Add(CallAsync(client, users[i % users.Count], i * interval, clock, ct));
                i++;
            }
        }

        var sentIn = clock.Elapsed.TotalSeconds;
        var results = await Task.WhenAll(calls);
        var latencies = results.Where(r => r.Ok).Select(r => r.Ms).Order().ToArray();
        return new LatencyStep(
            rate,
            count,
            results.Count(r => !r.Ok),
            Percentiles.Of(latencies, 50),
            Percentiles.Of(latencies, 99),
            latencies.Length == 0 ? double.NaN : latencies[^1],
            count / Math.Max(sentIn, 1e-3));
    }

    private static async Task<(bool Ok, double Ms)> CallAsync(BotClient client, long user, double dueMs, Stopwatch clock, CancellationToken ct)
    {
        try
        {
            var ok = await client.WebhookAsync(user, "ping", ct);
            return (ok, clock.Elapsed.TotalMilliseconds - dueMs);
        }
        catch (HttpRequestException)
        {
            return (false, clock.Elapsed.TotalMilliseconds - dueMs);
        }
    }
}
