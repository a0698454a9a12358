namespace Bot.Engine.FanOuts;

/// <summary>A fan-out's progress, counted from one row per recipient outcome. <see cref="Enqueued"/> is
/// how many recipients have their command on the queue; the fan-out is finished when every enqueued
/// recipient is counted and (unless cancelled) every recipient is enqueued. <see cref="NextStepAt"/>: when the
/// step that queues the next recipients is due (null once all are queued). A fan-out of notices counts no
/// outcomes (<see cref="CountsOutcomes"/> false): it is finished once all are queued.</summary>
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
    DateTimeOffset? FinishedAt,
    DateTimeOffset? NextStepAt = null,
    bool CountsOutcomes = true)
{
    public int Counted => Sent + Failed + Unreachable + Skipped;

    public bool Finished => (!CountsOutcomes || Counted >= (Cancelled ? Enqueued : Total)) && (Cancelled || Enqueued >= Total);

    /// <summary>"sending", "done" or "cancelled" (the words of the broadcasts API).</summary>
    public string Status => Cancelled ? "cancelled" : Finished ? "done" : "sending";

    /// <summary>Recipients are left to queue, but the step that should queue them is <see cref="FanOut.StallAfter"/>
    /// overdue (or none was ever scheduled): the starter died or the step was lost. <see cref="FanOut.ResumeAsync"/>
    /// goes on.</summary>
    public bool IsStalled(DateTimeOffset now) =>
        !Cancelled && Enqueued < Total && (NextStepAt ?? StartedAt) < now - FanOut.StallAfter;
}
