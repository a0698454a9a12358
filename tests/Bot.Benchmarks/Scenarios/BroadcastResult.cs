using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks.Scenarios;

/// <summary>A paced broadcast to <see cref="Recipients"/> users while the emulator allows <see cref="LimitPerSecond"/>.</summary>
internal sealed record BroadcastResult(
    int Recipients,
    int LimitPerSecond,
    int PacedPerSecond,
    int Delivered,
    int TooManyRequests,
    int Attempts,
    int Lost,
    int Duplicates,
    TimeSpan SendWindow,
    bool Done,
    string Status,
    int Replies,
    double ReplyP50Ms,
    double ReplyP90Ms,
    double ReplyMaxMs,
    OperationSnapshot Operations)
{
    public double AchievedPerSecond => Delivered / Math.Max(SendWindow.TotalSeconds, 1e-3);

    public double OfPaced => AchievedPerSecond / PacedPerSecond;

    public double TooManyShare => TooManyRequests / (double)Math.Max(1, Attempts);

    /// <summary>Storage requests per recipient by kind (the host's own HTTP count: every request it made).</summary>
    public IReadOnlyDictionary<string, double> PerRecipient =>
        Operations.Http.ToDictionary(kv => kv.Key, kv => (double)kv.Value / Math.Max(1, Recipients));
}
