namespace Bot.Engine.FanOuts;

/// <summary>What became of one recipient of a fan-out.</summary>
public enum FanOutOutcome
{
    /// <summary>Telegram accepted the message.</summary>
    Sent,

    /// <summary>Telegram refused it (a 4xx other than 403 and 429): retrying would not help.</summary>
    Failed,

    /// <summary>403, or the user was already known unreachable.</summary>
    Unreachable,

    /// <summary>The handler decided not to send (user blocked by an admin, not in the segment any more), or
    /// the fan-out was cancelled before this recipient's send.</summary>
    Skipped,
}
