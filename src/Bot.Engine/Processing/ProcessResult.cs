namespace Bot.Engine.Processing;

public enum ProcessResult
{
    Applied,

    /// <summary>Already applied (a redelivered update or command); nothing changed.</summary>
    Duplicate,

    /// <summary>Not processed by design: the user is blocked, or the update carries nothing to route.</summary>
    Ignored,
}
