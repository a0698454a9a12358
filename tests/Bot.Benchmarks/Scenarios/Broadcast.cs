using Bot.Benchmarks.Load;

namespace Bot.Benchmarks.Scenarios;

/// <summary>The engine's outbox path under Telegram's flood limit: N users each send one update whose
/// reply is one message, all at once, with the emulator limited to 30 sends a second. A 429 puts the
/// user's outbox back on the outbox queue with retry_after as the visibility delay. There is no paced
/// broadcast fan-out yet (it comes with the broadcasts feature), so this is the unpaced worst case.
/// Achieved rate: messages delivered ÷ the time from the first send attempt to the last delivery.</summary>
internal static class Broadcast
{
    public const int LimitPerSecond = 30;
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(150);

    public static async Task<BroadcastResult> RunAsync(BotClient client, IReadOnlyList<long> users, CancellationToken ct)
    {
        await client.SettleAsync(SettleTimeout, ct);
        await client.ClearCallsAsync(ct);
        await client.SetGlobalLimitAsync(LimitPerSecond, ct);
        bool settled;
        try
        {
            await client.SendAllAsync(users, 32, ct);
            settled = await client.SettleAsync(SettleTimeout, ct);
        }
        finally
        {
            await client.SetGlobalLimitAsync(0, CancellationToken.None);
        }

        var targets = users.ToHashSet();
        var sends = (await client.CallsAsync(ct))
            .Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && c.ChatId is { } id && targets.Contains(id))
            .ToList();
        var delivered = sends.Where(c => c.Ok).ToList();
        var distinct = delivered.Select(c => c.ChatId!.Value).Distinct().Count();
        var window = delivered.Count == 0 ? TimeSpan.Zero : delivered.Max(c => c.At) - sends.Min(c => c.At);
        var result = new BroadcastResult(
            users.Count,
            LimitPerSecond,
            delivered.Count,
            sends.Count(c => c.ErrorCode == 429),
            users.Count - distinct,
            delivered.Count - distinct,
            window,
            settled);
        Console.Error.WriteLine($"  broadcast: {result.AchievedPerSecond:F1}/s, 429s {result.TooManyRequests}, lost {result.Lost}");
        return result;
    }
}
