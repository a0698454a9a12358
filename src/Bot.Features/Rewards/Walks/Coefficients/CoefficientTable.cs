using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bot.Features.Rewards.Walks.Coefficients;

/// <summary>
/// The admin-editable table of temperature ranges and their coefficients. Each range is
/// [fromC, toC): the lower bound is included, the upper one is not, so touching ranges
/// (<c>[-50,-10)</c>, <c>[-10,0)</c>) do not overlap and every temperature falls in at most one.
/// A temperature outside every range counts <see cref="Neutral"/> (1.0).
/// Rules: at most <see cref="MaxRanges"/> ranges; bounds within [<see cref="MinC"/>, <see cref="MaxC"/>];
/// fromC &lt; toC; 0 &lt; coefficient ≤ <see cref="MaxCoefficient"/>; no two ranges overlap.
/// </summary>
public sealed class CoefficientTable
{
    public const decimal Neutral = 1.0m;
    public const decimal MinC = -100;
    public const decimal MaxC = 100;
    public const decimal MaxCoefficient = 10;
    public const int MaxRanges = 50;

    private CoefficientTable(IReadOnlyList<CoefficientRange> ranges) => Ranges = ranges;

    /// <summary>Frost and heat count more; mild weather counts 1.0:
    /// [-100, -10) ×1.5 · [-10, 0) ×1.2 · [0, 25) not listed, ×1.0 · [25, 30) ×1.2 · [30, 100) ×1.5.</summary>
    public static CoefficientTable Default { get; } = Create(
    [
        new(-100, -10, 1.5m),
        new(-10, 0, 1.2m),
        new(25, 30, 1.2m),
        new(30, 100, 1.5m),
    ]);

    /// <summary>The ranges, ordered by <see cref="CoefficientRange.FromC"/>.</summary>
    public IReadOnlyList<CoefficientRange> Ranges { get; }

    /// <summary>A valid table, or <see cref="ArgumentException"/> with the reason (<see cref="Validate"/>).</summary>
    public static CoefficientTable Create(IEnumerable<CoefficientRange> ranges) =>
        TryCreate(ranges, out var table, out var error) ? table : throw new ArgumentException(error, nameof(ranges));

    public static bool TryCreate(
        IEnumerable<CoefficientRange>? ranges,
        [NotNullWhen(true)] out CoefficientTable? table,
        [NotNullWhen(false)] out string? error)
    {
        var list = ranges?.ToList();
        error = Validate(list);
        table = error is null ? new CoefficientTable(list!.OrderBy(r => r.FromC).ToList().AsReadOnly()) : null;
        return table is not null;
    }

    /// <summary>The first rule the ranges break, said so an admin can fix it (ranges are named by their
    /// position in the request, from 1), or null when they are valid. An empty table is valid: every
    /// temperature counts 1.0.</summary>
    public static string? Validate(IReadOnlyList<CoefficientRange?>? ranges)
    {
        if (ranges is null)
        {
            return "the table must be an array of {\"fromC\",\"toC\",\"coefficient\"}";
        }

        if (ranges.Count > MaxRanges)
        {
            return $"at most {MaxRanges} ranges are allowed, not {ranges.Count}";
        }

        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var at = $"range {i + 1}";
            if (range is null)
            {
                return $"{at} is empty";
            }

            if (range.FromC < MinC || range.FromC > MaxC || range.ToC < MinC || range.ToC > MaxC)
            {
                return $"{at}: fromC and toC must be between {F(MinC)} and {F(MaxC)} °C";
            }

            if (range.FromC >= range.ToC)
            {
                return $"{at}: fromC ({F(range.FromC)}) must be less than toC ({F(range.ToC)})";
            }

            if (range.Coefficient <= 0 || range.Coefficient > MaxCoefficient)
            {
                return $"{at}: coefficient ({F(range.Coefficient)}) must be greater than 0 and at most {F(MaxCoefficient)}";
            }
        }

        var ordered = ranges.Select((r, i) => (Range: r!, Position: i + 1)).OrderBy(x => x.Range.FromC).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, p) = ordered[i - 1];
            var (next, n) = ordered[i];
            if (next.FromC < previous.ToC)
            {
                var (first, second) = p < n ? ((p, previous), (n, next)) : ((n, next), (p, previous));
                return $"ranges {first.Item1} and {second.Item1} overlap: {Show(first.Item2)} and {Show(second.Item2)}";
            }
        }

        return null;
    }

    /// <summary>The coefficient of the range holding the temperature; 1.0 outside every range.</summary>
    public decimal CoefficientFor(decimal temperatureC) => RangeFor(temperatureC)?.Coefficient ?? Neutral;

    /// <summary>The range holding the temperature (lower bound included, upper excluded), or null.</summary>
    public CoefficientRange? RangeFor(decimal temperatureC)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(temperatureC))
            {
                return range;
            }
        }

        return null;
    }

    private static string Show(CoefficientRange range) => $"[{F(range.FromC)}, {F(range.ToC)})";

    private static string F(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
