namespace Bot.Features.Helpdesk;

/// <summary>Settings section <c>Helpdesk</c>.</summary>
public sealed class HelpdeskOptions
{
    public const string Section = "Helpdesk";

    /// <summary><c>Helpdesk:OwnerIds</c>: comma-separated Telegram ids of the first owners.</summary>
    public string OwnerIds { get; set; } = "";

    /// <summary><c>Helpdesk:TimeZone</c>: the company's zone (IANA id or UTC offset); billing periods turn at
    /// midnight of <c>BILLING_DAY</c> there. Empty: <c>Bot:DefaultTimeZone</c>.</summary>
    public string TimeZone { get; set; } = "";

    public IReadOnlyList<long> Owners => OwnerIds
        .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => long.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Where(id => id > 0)
        .ToArray();
}
