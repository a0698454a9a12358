using Bot.Benchmarks.Load;

namespace Bot.Benchmarks.Scenarios;

/// <summary>End-to-end throughput: every update through the webhook (32 at a time, as fast as they are
/// answered), then <c>POST /emulator/settle</c>; the clock stops when the pipeline is settled. Each
/// update of a known user in the menu's state gets one reply, so replies sent = updates when nothing is
/// lost. Storage operations are counted from a reset before the first call to the settled state.</summary>
internal static class EndToEnd
{
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(120);

    public static async Task<EndToEndResult> RunAsync(BotClient client, string name, IReadOnlyList<long> userPerUpdate, CancellationToken ct)
    {
        await client.SettleAsync(SettleTimeout, ct);
        await client.ClearCallsAsync(ct);
        await client.ResetOperationsAsync(ct);

        var failures = 0;
        var settled = false;
        var elapsed = await BotClient.TimeAsync(async () =>
        {
            failures = await client.SendAllAsync(userPerUpdate, 32, ct);
            settled = await client.SettleAsync(SettleTimeout, ct);
        });

        var operations = await client.OperationsAsync(ct);
        var calls = await client.CallsAsync(ct);
        var replies = calls.Count(c => c.Ok && c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase));
        var result = new EndToEndResult(name, userPerUpdate.Count, elapsed, settled, failures, replies, operations);
        Console.Error.WriteLine($"  {name}: {result.UpdatesPerSecond:F1} updates/s, replies {replies}/{userPerUpdate.Count}, settled {settled}");
        return result;
    }
}
