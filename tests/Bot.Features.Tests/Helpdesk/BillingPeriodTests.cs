using Bot.Engine.Time;
using Bot.Features.Helpdesk;
using NodaTime;

namespace Bot.Features.Tests.Helpdesk;

/// <summary>Billing periods run from midnight of BILLING_DAY to the same midnight a month later, in the company's
/// zone (Helpdesk:TimeZone), across clock changes and the turn of the year.</summary>
public sealed class BillingPeriodTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void The_period_turns_at_local_midnight_of_the_billing_day_not_at_utc_midnight()
    {
        var before = BillingPeriod.Of(new DateTimeOffset(2026, 3, 31, 20, 59, 59, TimeSpan.Zero), 1, Moscow); // 23:59:59 MSK
        var after = BillingPeriod.Of(new DateTimeOffset(2026, 3, 31, 21, 0, 0, TimeSpan.Zero), 1, Moscow);   // 00:00 MSK, 1 April

        Assert.Equal(new BillingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)), before);
        Assert.Equal(new BillingPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1)), after);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 21, 0, 0, TimeSpan.Zero), before.EndsAt(Moscow));
        Assert.Equal(before.EndsAt(Moscow), after.StartsAt(Moscow));
        Assert.Equal("2026-04-01", after.Key);
    }

    [Fact]
    public void A_billing_day_in_the_middle_of_the_month_runs_across_the_turn_of_the_year()
    {
        var period = BillingPeriod.Of(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero), 15, Moscow);

        Assert.Equal(new BillingPeriod(new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 15)), period);
        Assert.Equal(new BillingPeriod(new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 15)),
            BillingPeriod.Of(new DateTimeOffset(2026, 1, 14, 21, 0, 0, TimeSpan.Zero), 15, Moscow));
    }

    [Fact]
    public void Day_28_works_in_february_and_the_boundary_follows_summer_and_winter_time()
    {
        // Berlin: CEST (+2) on 28 April, CET (+1) on 28 November.
        var april = BillingPeriod.Of(new DateTimeOffset(2026, 4, 27, 22, 0, 0, TimeSpan.Zero), 28, Berlin);
        var lateApril = BillingPeriod.Of(new DateTimeOffset(2026, 4, 27, 21, 59, 59, TimeSpan.Zero), 28, Berlin);
        var november = BillingPeriod.Of(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero), 28, Berlin);
        var february = BillingPeriod.Of(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), 28, Berlin);

        Assert.Equal(new DateOnly(2026, 4, 28), april.Start);
        Assert.Equal(new DateOnly(2026, 3, 28), lateApril.Start);
        Assert.Equal(new DateOnly(2026, 11, 28), november.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero), november.StartsAt(Berlin));
        Assert.Equal(new BillingPeriod(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 28)), february);
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 23, 0, 0, TimeSpan.Zero), february.EndsAt(Berlin));
    }

    [Fact]
    public void A_utc_offset_zone_has_no_clock_changes()
    {
        var zone = DateTimeZone.ForOffset(Offset.FromHours(5));

        var period = BillingPeriod.Of(new DateTimeOffset(2026, 6, 4, 19, 0, 0, TimeSpan.Zero), 5, zone); // 00:00 on 5 June at +5

        Assert.Equal(new DateOnly(2026, 6, 5), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 7, 4, 19, 0, 0, TimeSpan.Zero), period.EndsAt(zone));
        Assert.Equal(new DateOnly(2026, 6, 4), WallClock.DateAt(new DateTimeOffset(2026, 6, 4, 18, 59, 59, TimeSpan.Zero), zone));
    }
}
