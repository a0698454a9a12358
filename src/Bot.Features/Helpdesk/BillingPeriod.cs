using Bot.Engine.Time;
using NodaTime;

namespace Bot.Features.Helpdesk;

/// <summary>A billing period: from midnight of <c>BILLING_DAY</c> of one month to midnight of the same day of the
/// next, in the company's time zone.</summary>
public sealed record BillingPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The period the instant falls in.</summary>
    public static BillingPeriod Of(DateTimeOffset instant, int billingDay, DateTimeZone zone)
    {
        var day = Math.Clamp(billingDay, 1, 28);
        var today = WallClock.DateAt(instant, zone);
        var start = new DateOnly(today.Year, today.Month, day);
        if (today < start)
        {
            start = start.AddMonths(-1);
        }

        return new BillingPeriod(start, start.AddMonths(1));
    }

    /// <summary>The UTC instant the period ends (the next one starts).</summary>
    public DateTimeOffset EndsAt(DateTimeZone zone) => WallClock.ToUtc(End, TimeOnly.MinValue, zone);

    public DateTimeOffset StartsAt(DateTimeZone zone) => WallClock.ToUtc(Start, TimeOnly.MinValue, zone);

    public string Key => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
