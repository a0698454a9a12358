namespace Bot.Features.Helpdesk;

/// <summary>Session data keys of the helpdesk.</summary>
public static class HelpdeskData
{
    public const string Prefix = "helpdesk.";

    /// <summary>A client's tariff id.</summary>
    public const string Tariff = "helpdesk.tariff";

    /// <summary>A client's assigned contractors, comma-separated ids.</summary>
    public const string Assigned = "helpdesk.assigned";

    /// <summary>The billing period the counter counts (its start, yyyy-MM-dd).</summary>
    public const string Period = "helpdesk.period";

    /// <summary>Orders created in that period.</summary>
    public const string Used = "helpdesk.used";

    /// <summary>The prompt with the cancel button.</summary>
    public const string Prompt = "helpdesk.prompt";

    public static IReadOnlyList<string> Kept { get; } = [Tariff, Assigned, Period, Used];
}
