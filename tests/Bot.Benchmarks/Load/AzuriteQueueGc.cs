using System.Diagnostics;
using Azure.Storage.Queues;

namespace Bot.Benchmarks.Load;

/// <summary>In-memory Azurite collects the bodies of deleted queue messages every 60 s, one by one, each removal
/// re-sorting an index: after thousands of messages (seeding 2,000 users) the pass blocks every storage request for
/// seconds (14 s measured, 2026-12-01, in the middle of a broadcast). Azure Queue Storage has no such pause, so a
/// scenario that seeds first waits for that pass to go by before it measures: it probes a queue until one answer
/// takes longer than <see cref="StallThreshold"/> and the next is fast again, or <see cref="MaxWait"/> passes.</summary>
internal static class AzuriteQueueGc
{
    public static readonly TimeSpan StallThreshold = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(75);

    /// <summary>The stall seen (zero when none came within <see cref="MaxWait"/>).</summary>
    public static async Task<TimeSpan> WaitForPassAsync(string connectionString, CancellationToken ct)
    {
        var queue = new QueueClient(connectionString, "gc-probe");
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < MaxWait)
        {
            var call = Stopwatch.StartNew();
            await queue.GetPropertiesAsync(ct);
            if (call.Elapsed > StallThreshold)
            {
                return call.Elapsed;
            }

            await Task.Delay(100, ct);
        }

        return TimeSpan.Zero;
    }
}
