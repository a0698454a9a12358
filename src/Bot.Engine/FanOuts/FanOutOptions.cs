namespace Bot.Engine.FanOuts;

/// <summary>Pacing of every fan-out (broadcasts, notices to many users): the settings <c>Broadcasts:PerSecond</c>,
/// for all instances together, and <c>Broadcasts:AheadSeconds</c>.</summary>
public sealed class FanOutOptions
{
    public const string Section = "Broadcasts";

    /// <summary>Recipients handed out per second, all instances together (Telegram allows about 30).</summary>
    public double PerSecond { get; set; } = 25;

    /// <summary>How far ahead of now a fan-out books send slots and queues its recipients (default 10 s); the
    /// rest follow in steps. Short, so that another fan-out started meanwhile (a helpdesk order's notices) waits
    /// seconds, not the whole broadcast, and a cancel leaves little on the queue.</summary>
    public double AheadSeconds { get; set; } = 10;

    public TimeSpan Interval => TimeSpan.FromSeconds(1 / (PerSecond > 0 ? PerSecond : 25));

    public TimeSpan Ahead => TimeSpan.FromSeconds(AheadSeconds > 0 ? AheadSeconds : 10);
}
