namespace Bot.Features.Coaching;

/// <summary>The participant's data keys in the session. All are kept by /start, /menu and /cancel
/// (<see cref="Kept"/>): leaving a dialog does not leave the program.</summary>
public static class CoachingData
{
    public const string Status = "coaching.status";
    public const string Day = "coaching.day";

    /// <summary>The id of the step waiting for an answer; absent between days.</summary>
    public const string Step = "coaching.step";

    /// <summary>Ids of the steps of the current day answered (or shown, for "none") so far, comma-separated.</summary>
    public const string Done = "coaching.done";

    /// <summary>Bumped at every prompt, pause, stop and cancel: timers carry it and a stale one is ignored.</summary>
    public const string Seq = "coaching.seq";

    public const string Reminded = "coaching.reminded";

    /// <summary>When the next day is due (ISO 8601), while waiting between days.</summary>
    public const string NextDayAt = "coaching.next-day-at";

    public const string StartedAt = "coaching.started-at";
    public const string LastAnswerAt = "coaching.last-answer-at";
    public const string Height = "coaching.height";
    public const string Weight = "coaching.weight";
    public const string Age = "coaching.age";

    public static IReadOnlyList<string> Kept { get; } =
        [Status, Day, Step, Done, Seq, Reminded, NextDayAt, StartedAt, LastAnswerAt, Height, Weight, Age];
}
