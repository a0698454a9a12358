using System.Globalization;

namespace Bot.Features.Coaching;

/// <summary>Settings under <c>Coaching:</c>.</summary>
public sealed class CoachingOptions
{
    public const string Section = "Coaching";

    /// <summary>The zone proposed at sign-up and stored when the participant names none.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Moscow";

    /// <summary>Local time (HH:mm) at which each next day starts, in the participant's zone.</summary>
    public string DayStartsAt { get; set; } = "08:00";

    /// <summary>Minutes of silence on a step before a reminder, and between reminders.</summary>
    public int RemindAfterMinutes { get; set; } = 60;

    /// <summary>Reminders per step at most (0: none).</summary>
    public int MaxReminders { get; set; } = 2;

    public TimeOnly DayStart =>
        TimeOnly.TryParseExact(DayStartsAt, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(8, 0);

    public TimeSpan RemindAfter => TimeSpan.FromMinutes(Math.Max(1, RemindAfterMinutes));
}
