namespace Bot.Engine.FanOuts;

/// <summary>A fan-out's progress, counted from one row per recipient outcome. <see cref="Enqueued"/> is
/// how many recipients have their command on the queue; the fan-out is finished when every enqueued
/// recipient is counted and (unless cancelled) every recipient is enqueued.</summary>
public sealed record FanOutProgress(
    string Id,
    int Total,
    int Enqueued,
    int Sent,
    int Failed,
    int Unreachable,
    int Skipped,
    bool Cancelled,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt)
{
    public int Counted => Sent + Failed + Unreachable + Skipped;

    public bool Finished => Counted >= (Cancelled ? Enqueued : Total) && (Cancelled || Enqueued >= Total);

    /// <summary>"sending", "done" or "cancelled" (the words of the broadcasts API).</summary>
    public string Status => Cancelled ? "cancelled" : Finished ? "done" : "sending";
}
