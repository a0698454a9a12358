using NodaTime;

namespace Bot.Engine.Time;

/// <summary>Wall-clock time in a zone ↔ UTC instants, by the IANA tz database NodaTime carries (so the
/// answer does not depend on the host's tzdata, nor on <c>TZ</c>, which Flex Consumption ignores).
/// A local time that does not exist (the hour skipped when clocks go forward) maps to the first instant
/// after the gap; one that exists twice (the hour repeated when clocks go back) maps to the first.</summary>
public static class WallClock
{
    /// <summary>The UTC instant of <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = LocalDate.FromDateOnly(date).At(NodaTime.LocalTime.FromTimeOnly(time));
        var mapping = zone.MapLocal(local);
        var instant = mapping.Count == 0
            ? mapping.LateInterval.Start // in the gap: the instant the clocks jumped to
            : mapping.First().ToInstant(); // once, or twice (the earlier)
        return instant.ToDateTimeOffset();
    }

    /// <summary>The first instant strictly after <paramref name="after"/> at which the wall clock in
    /// <paramref name="zone"/> shows <paramref name="time"/> (by <see cref="ToUtc"/>'s rules on each date).</summary>
    public static DateTimeOffset NextOccurrence(TimeOnly time, DateTimeOffset after, DateTimeZone zone)
    {
        var today = DateAt(after, zone);
        // From the day before: a gap across midnight can push yesterday's time into today.
        for (var date = today.AddDays(-1); ; date = date.AddDays(1))
        {
            var at = ToUtc(date, time, zone);
            if (at > after)
            {
                return at;
            }
        }
    }

    /// <summary>The date the wall clock in <paramref name="zone"/> shows at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(instant).InZone(zone).Date.ToDateOnly();

    /// <summary>The wall-clock date and time in <paramref name="zone"/> at <paramref name="instant"/> (for display).</summary>
    public static DateTime LocalAt(DateTimeOffset instant, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
}
