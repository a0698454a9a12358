using System.Text.Json;
using Bot.Features.Rewards.Walks.Coefficients;

namespace Bot.Features.Tests.Rewards.Walks.Coefficients;

public sealed class CoefficientTableTests
{
    private static readonly CoefficientTable Table = CoefficientTable.Create(
    [
        new(-10, 0, 1.2m),
        new(-50, -10, 1.5m),
        new(30, 45, 1.3m),
    ]);

    [Theory]
    [InlineData("-50", "1.5")]   // lower bound included
    [InlineData("-10.1", "1.5")]
    [InlineData("-10", "1.2")]   // -10 is the upper bound of [-50,-10), excluded, and the lower of [-10,0), included
    [InlineData("-0.1", "1.2")]
    [InlineData("0", "1.0")]     // upper bound excluded, no range from 0
    [InlineData("-50.1", "1.0")] // below every range
    [InlineData("12", "1.0")]    // between ranges
    [InlineData("30", "1.3")]
    [InlineData("44.9", "1.3")]
    [InlineData("45", "1.0")]
    public void CoefficientFor_FromIncludedToExcluded_OutsideEveryRangeIsOne(string temperature, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Table.CoefficientFor(decimal.Parse(temperature, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Ranges_AreOrderedByFrom()
    {
        Assert.Equal([-50m, -10m, 30m], Table.Ranges.Select(r => r.FromC));
        Assert.Equal(new CoefficientRange(-10, 0, 1.2m), Table.RangeFor(-5));
        Assert.Null(Table.RangeFor(20));
    }

    [Fact]
    public void EmptyTable_IsValid_AndCountsOneEverywhere()
    {
        var table = CoefficientTable.Create([]);

        Assert.Equal(1.0m, table.CoefficientFor(-40));
        Assert.Equal(1.0m, table.CoefficientFor(40));
    }

    [Fact]
    public void TouchingRanges_DoNotOverlap() =>
        Assert.Null(CoefficientTable.Validate([new(-20, -10, 1.5m), new(-10, 0, 1.2m)]));

    [Theory]
    [MemberData(nameof(InvalidTables))]
    public void Validate_SaysWhichRuleIsBroken(CoefficientRange?[] ranges, string error)
    {
        Assert.Equal(error, CoefficientTable.Validate(ranges));
        Assert.False(CoefficientTable.TryCreate(ranges!, out var table, out var reason));
        Assert.Null(table);
        Assert.Equal(error, reason);
        Assert.Equal(error + " (Parameter 'ranges')", Assert.Throws<ArgumentException>(() => CoefficientTable.Create(ranges!)).Message);
    }

    public static TheoryData<CoefficientRange?[], string> InvalidTables() => new()
    {
        { [new(-10, -10, 1.5m)], "range 1: fromC (-10) must be less than toC (-10)" },
        { [new(-5, 0, 1.2m), new(0, -5, 1.2m)], "range 2: fromC (0) must be less than toC (-5)" },
        { [new(-10, 0, 0m)], "range 1: coefficient (0) must be greater than 0 and at most 10" },
        { [new(-10, 0, -1.5m)], "range 1: coefficient (-1.5) must be greater than 0 and at most 10" },
        { [new(-10, 0, 15m)], "range 1: coefficient (15) must be greater than 0 and at most 10" },
        { [new(-150, 0, 1.5m)], "range 1: fromC and toC must be between -100 and 100 °C" },
        { [new(0, 100.5m, 1.5m)], "range 1: fromC and toC must be between -100 and 100 °C" },
        { [new(-50, -10, 1.5m), new(-20, 0, 1.2m)], "ranges 1 and 2 overlap: [-50, -10) and [-20, 0)" },
        { [new(30, 40, 1.3m), new(-20, 0, 1.2m), new(-25, -19.5m, 1.5m)], "ranges 2 and 3 overlap: [-20, 0) and [-25, -19.5)" },
        { [new(-20, 0, 1.2m), new(-20, -10, 1.5m)], "ranges 1 and 2 overlap: [-20, 0) and [-20, -10)" },
        { [new(-20, 0, 1.2m), new(-15, -5, 1.5m)], "ranges 1 and 2 overlap: [-20, 0) and [-15, -5)" },
        { [null], "range 1 is empty" },
        { Enumerable.Range(0, 51).Select(i => (CoefficientRange?)new CoefficientRange(i, i + 1, 1.1m)).ToArray(), "at most 50 ranges are allowed, not 51" },
    };

    [Fact]
    public void Validate_Null_AsksForAnArray() =>
        Assert.Equal("the table must be an array of {\"fromC\",\"toC\",\"coefficient\"}", CoefficientTable.Validate(null));

    [Fact]
    public void Default_CountsFrostAndHeatMore_MildWeatherOne()
    {
        var table = CoefficientTable.Default;

        Assert.Null(CoefficientTable.Validate(table.Ranges));
        Assert.Equal(1.5m, table.CoefficientFor(-25));
        Assert.Equal(1.2m, table.CoefficientFor(-5));
        Assert.Equal(1.0m, table.CoefficientFor(0));
        Assert.Equal(1.0m, table.CoefficientFor(24.9m));
        Assert.Equal(1.2m, table.CoefficientFor(25));
        Assert.Equal(1.5m, table.CoefficientFor(35));
    }

    [Fact]
    public void Range_ReadsAndWritesTheContractsJson()
    {
        var ranges = JsonSerializer.Deserialize<CoefficientRange[]>("""[{"fromC":-50,"toC":-10,"coefficient":1.5}]""")!;

        Assert.Equal(new CoefficientRange(-50, -10, 1.5m), Assert.Single(ranges));
        Assert.Equal("""{"fromC":-50,"toC":-10,"coefficient":1.5}""", JsonSerializer.Serialize(ranges[0]));
    }
}
