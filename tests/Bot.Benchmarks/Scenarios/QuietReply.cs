using Bot.Benchmarks.Load;

namespace Bot.Benchmarks.Scenarios;

/// <summary>Reply latency on a quiet bot: one update through the webhook every <see cref="Gap"/>, so
/// that between updates the queue workers find the inbox empty and back off to their longest polling
/// interval (the local host's <c>QueueWorkerOptions.MaxPollingInterval</c>, 500 ms; host.json's
/// <c>maxPollingInterval</c> in Azure). Each sample is the time from just before the webhook POST to
/// the emulator recording the bot's <c>sendMessage</c> to that chat (the call log's timestamp; the
/// emulator's clock is the system clock, which the benchmarks never advance). Bounded: <see cref="Messages"/>
/// updates, each waited for at most <see cref="ReplyTimeout"/>.</summary>
internal static class QuietReply
{
    public const int Messages = 12;

    /// <summary>The local host's longest poll of an empty queue (<c>QueueWorkerOptions.MaxPollingInterval</c>).</summary>
    public static readonly int LocalMaxPollingMs = (int)new Bot.LocalHost.Queues.QueueWorkerOptions().MaxPollingInterval.TotalMilliseconds;
    public static readonly TimeSpan Gap = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    public static async Task<QuietReplyResult> RunAsync(BotClient client, long user, CancellationToken ct)
    {
        // One unmeasured update, so that the user's session exists and each measured one is the steady state.
        await client.SettleAsync(SettleTimeout, ct);
        await client.WebhookAsync(user, "hello", ct);
        await client.SettleAsync(SettleTimeout, ct);

        var latencies = new List<double>(Messages);
        var failures = 0;
        for (var i = 0; i < Messages; i++)
        {
            await Task.Delay(Gap, ct);
            await client.ClearCallsAsync(ct);
            var sent = DateTimeOffset.UtcNow;
            if (!await client.WebhookAsync(user, "hello", ct))
            {
                failures++;
                continue;
            }

            var reply = await WaitForReplyAsync(client, user, sent, ct);
            if (reply is null)
            {
                failures++;
                continue;
            }

            latencies.Add(Math.Max(0, (reply.At - sent).TotalMilliseconds));
        }

        var sorted = latencies.Order().ToArray();
        var result = new QuietReplyResult(
            Messages,
            Gap,
            sorted.Length,
            failures,
            Percentiles.Of(sorted, 50),
            Percentiles.Of(sorted, 90),
            sorted.Length == 0 ? double.NaN : sorted[0],
            sorted.Length == 0 ? double.NaN : sorted[^1]);
        Console.Error.WriteLine($"  quiet bot: reply p50 {result.P50Ms:F0} ms, p90 {result.P90Ms:F0} ms, max {result.MaxMs:F0} ms, {result.Replied}/{Messages} replied");
        return result;
    }

    private static async Task<BotApiCall?> WaitForReplyAsync(BotClient client, long user, DateTimeOffset sent, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + ReplyTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var reply = (await client.CallsAsync(ct))
                .Where(c => c.Ok && c.ChatId == user && c.At >= sent && c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.At)
                .FirstOrDefault();
            if (reply is not null)
            {
                return reply;
            }

            await Task.Delay(PollEvery, ct);
        }

        return null;
    }
}
