namespace Bot.Engine.Processing;

public enum ProcessResult
{
    Applied,

    /// <summary>Already applied (a redelivered update or command); nothing changed.</summary>
    Duplicate,

    /// <summary>Not processed by design: the user is blocked, or the update carries nothing to route.</summary>
    Ignored,

    /// <summary>A fan-out step on the bulk queue: the fan-out's next recipients were queued.</summary>
    FanOutStep,

    /// <summary>A bulk message with several fan-out recipients: each one's command was processed.</summary>
    FanOutSends,
}
