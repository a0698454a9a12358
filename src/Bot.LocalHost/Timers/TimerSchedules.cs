using Microsoft.Extensions.Configuration;

namespace Bot.LocalHost.Timers;

/// <summary>The timers of CONTRACTS and their schedule settings (<c>{Name}Schedule</c>, NCRONTAB with
/// seconds); defaults as in local.settings.example.json.</summary>
public static class TimerSchedules
{
    public const string Reminders = "Reminders";
    public const string PaymentPolling = "PaymentPolling";
    public const string SlaEscalation = "SlaEscalation";
    public const string BonusSync = "BonusSync";
    public const string Broadcasts = "Broadcasts";
    public const string OutboxSweep = "OutboxSweep";
    public const string BillingDay = "BillingDay";

    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Reminders] = "0 * * * * *",
        [PaymentPolling] = "0 * * * * *",
        [SlaEscalation] = "0 * * * * *",
        [BonusSync] = "0 */10 * * * *",
        [Broadcasts] = "0 * * * * *",
        [OutboxSweep] = "30 * * * * *",
        [BillingDay] = "0 0 3 * * *",
    };

    public static string SettingFor(string function) => function + "Schedule";

    /// <summary>The configured schedule, else the default; null for a function that is not a timer.</summary>
    public static string? ScheduleFor(string function, IConfiguration configuration) =>
        configuration[SettingFor(function)] is { Length: > 0 } configured ? configured : Defaults.GetValueOrDefault(function);
}
