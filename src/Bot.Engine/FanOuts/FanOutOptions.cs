namespace Bot.Engine.FanOuts;

/// <summary>Pacing of every fan-out (broadcasts, notices to many users): the setting
/// <c>Broadcasts:PerSecond</c>, for all instances together.</summary>
public sealed class FanOutOptions
{
    public const string Section = "Broadcasts";

    /// <summary>Recipients handed out per second, all instances together (Telegram allows about 30).</summary>
    public double PerSecond { get; set; } = 25;

    public TimeSpan Interval => TimeSpan.FromSeconds(1 / (PerSecond > 0 ? PerSecond : 25));
}
