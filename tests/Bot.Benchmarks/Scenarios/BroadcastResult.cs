namespace Bot.Benchmarks.Scenarios;

/// <summary>N users each owed one message while the emulator allows <see cref="LimitPerSecond"/> sends.</summary>
internal sealed record BroadcastResult(int Messages, int LimitPerSecond, int Delivered, int TooManyRequests, int Lost, int Duplicates, TimeSpan SendWindow, bool Settled)
{
    public double AchievedPerSecond => Delivered / Math.Max(SendWindow.TotalSeconds, 1e-3);

    public double OfLimit => AchievedPerSecond / LimitPerSecond;
}
