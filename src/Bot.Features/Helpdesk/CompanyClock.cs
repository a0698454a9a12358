using Bot.Engine.Time;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bot.Features.Helpdesk;

/// <summary>The company's time zone (<c>Helpdesk:TimeZone</c>, else <c>Bot:DefaultTimeZone</c>): billing periods and
/// the times the bot shows.</summary>
public sealed class CompanyClock(IOptions<HelpdeskOptions> options, UserTimeZones zones)
{
    public DateTimeZone Zone => zones.Resolve(options.Value.TimeZone);

    public BillingPeriod PeriodAt(DateTimeOffset instant, HelpdeskSettings settings) => BillingPeriod.Of(instant, settings.BillingDay, Zone);

    /// <summary>"dd.MM.yyyy HH:mm" on the company's wall clock.</summary>
    public string Format(DateTimeOffset instant) =>
        WallClock.LocalAt(instant, Zone).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
