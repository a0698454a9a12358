namespace Bot.Features.Coaching;

/// <summary>The seed's service states of a participant (<see cref="CoachingData.Status"/>), plus finished.</summary>
public static class ParticipantStatus
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Stopped = "stopped";
    public const string Cancelled = "cancelled";

    /// <summary>Went through every day (an extension to the contract's four).</summary>
    public const string Finished = "finished";
}
