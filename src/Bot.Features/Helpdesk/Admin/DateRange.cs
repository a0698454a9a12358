using System.Globalization;

namespace Bot.Features.Helpdesk.Admin;

/// <summary>A <c>from</c>/<c>to</c> pair of UTC dates, both included; the last 30 days when both are absent, 30 days
/// from or to the one given.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366 * 3;

    public DateTimeOffset FromInstant => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset ToExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static (DateRange? Range, string? Error) Parse(string? from, string? to, DateTimeOffset now)
    {
        DateOnly? f = null, t = null;
        if (!string.IsNullOrEmpty(from))
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return (null, "from must be a date YYYY-MM-DD");
            }

            f = d;
        }

        if (!string.IsNullOrEmpty(to))
        {
            if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return (null, "to must be a date YYYY-MM-DD");
            }

            t = d;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var range = (f, t) switch
        {
            (null, null) => new DateRange(today.AddDays(-(DefaultDays - 1)), today),
            ({ } a, null) => new DateRange(a, a.AddDays(DefaultDays - 1)),
            (null, { } b) => new DateRange(b.AddDays(-(DefaultDays - 1)), b),
            ({ } a, { } b) => new DateRange(a, b),
        };
        if (range.To < range.From)
        {
            return (null, "from must not be after to");
        }

        return range.To.DayNumber - range.From.DayNumber > MaxDays ? (null, $"a range is at most {MaxDays} days") : (range, null);
    }
}
