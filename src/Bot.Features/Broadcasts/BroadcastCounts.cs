namespace Bot.Features.Broadcasts;

/// <summary>A broadcast's counts. <see cref="Total"/> = every user of the segment; each ends as exactly one
/// of <see cref="Sent"/>, <see cref="Failed"/> (Telegram refused the message), <see cref="Unreachable"/>
/// (403 now, or known unreachable at the start and not sent to), <see cref="Skipped"/> (blocked by an admin,
/// or cancelled after being queued), or <see cref="NotSent"/> (never queued because of a cancel). While
/// sending, <see cref="Pending"/> are on their way.</summary>
public sealed record BroadcastCounts(int Total, int Sent, int Failed, int Unreachable, int Skipped, int Enqueued)
{
    public static BroadcastCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    public int Counted => Sent + Failed + Unreachable + Skipped;

    public int Pending => Total - Counted;
}
