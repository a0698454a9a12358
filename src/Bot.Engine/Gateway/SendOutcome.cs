namespace Bot.Engine.Gateway;

public enum SendStatus
{
    Sent,

    /// <summary>429: try again after <see cref="SendOutcome.RetryAfter"/>; never sleep for it.</summary>
    RetryLater,

    /// <summary>403: the user blocked the bot or left; stop sending to them.</summary>
    Unreachable,

    /// <summary>Another 4xx: the request itself is wrong; retrying will not help.</summary>
    Rejected,

    /// <summary>A network error or 5xx: try again later.</summary>
    Transient,
}

public sealed record SendOutcome(SendStatus Status, int? MessageId = null, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static SendOutcome Ok(int? messageId = null) => new(SendStatus.Sent, messageId);
}
