namespace Bot.Features.Coaching;

/// <summary>The flow's internal commands. Each carries the <see cref="CoachingData.Seq"/> it was made for;
/// the handler ignores one whose sequence has moved on (an answer, a pause or a stop since).</summary>
public static class CoachingCommands
{
    /// <summary>A reminder for the step prompted at <see cref="CoachingTimer.Seq"/>.</summary>
    public const string Remind = "coaching.remind";

    /// <summary>The next day's start.</summary>
    public const string Day = "coaching.day";

    /// <summary>A trainer cancelled the participation (payload: <see cref="CancelRequest"/>).</summary>
    public const string Cancel = "coaching.cancel";
}
