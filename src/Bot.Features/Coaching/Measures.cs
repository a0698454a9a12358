using System.Globalization;

namespace Bot.Features.Coaching;

/// <summary>The seed's check.py: height, weight and age within sane ranges, with <c>,</c> or <c>.</c> as
/// the decimal mark (and an optional unit after the number: "72,5 кг", "180 см").</summary>
public static class Measures
{
    public const decimal MinHeight = 100;
    public const decimal MaxHeight = 250;
    public const decimal MinWeight = 30;
    public const decimal MaxWeight = 300;
    public const decimal MinAge = 10;
    public const decimal MaxAge = 100;

    private static readonly string[] Units = ["см", "cm", "кг", "kg", "лет", "года", "год", "years", "y"];

    public static (decimal Value, MeasureError Error) Height(string? text) => Parse(text, MinHeight, MaxHeight, whole: false);

    public static (decimal Value, MeasureError Error) Weight(string? text) => Parse(text, MinWeight, MaxWeight, whole: false);

    public static (decimal Value, MeasureError Error) Age(string? text) => Parse(text, MinAge, MaxAge, whole: true);

    /// <summary>A number with either decimal mark, within [min, max] when they are given.</summary>
    public static (decimal Value, MeasureError Error) Parse(string? text, decimal? min, decimal? max, bool whole = false)
    {
        var s = (text ?? "").Trim().ToLowerInvariant();
        foreach (var unit in Units)
        {
            if (s.EndsWith(unit, StringComparison.Ordinal))
            {
                s = s[..^unit.Length].TrimEnd();
                break;
            }
        }

        s = s.Replace(',', '.');
        if (s.Length == 0 || s.Length > 20
            || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (0, MeasureError.NotANumber);
        }

        if (whole && value != decimal.Truncate(value))
        {
            return (value, MeasureError.NotWhole);
        }

        if (value < min)
        {
            return (value, MeasureError.TooSmall);
        }

        return value > max ? (value, MeasureError.TooLarge) : (value, MeasureError.None);
    }

    public static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
