using Bot.Features.Rewards.Walks.Coefficients;

namespace Bot.Features.Tests.Rewards.Walks.Coefficients;

public sealed class WalkPointsTests
{
    [Theory]
    [InlineData(3500, "10", "1.2", 42)]
    [InlineData(9000, "10", "0.7", 63)]      // 9 × 10 × 0.7 = 63 exactly (binary doubles give 62.99999…)
    [InlineData(10000, "10", "1.0", 100)]
    [InlineData(999, "10", "1.0", 9)]        // 9.99 floored
    [InlineData(1234, "10", "1.5", 18)]      // 18.51 floored
    [InlineData(0, "10", "1.5", 0)]
    [InlineData(5000, "2.5", "1.2", 15)]     // a fractional rate
    [InlineData(7777, "3", "1.1", 25)]       // 25.6641 floored
    [InlineData(1000, "10", "0.35", 3)]      // 3.5 floored
    public void Calculate_FloorsTheExactProduct(long steps, string perThousand, string coefficient, long expected) =>
        Assert.Equal(expected, WalkPoints.Calculate(steps, decimal.Parse(perThousand, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(coefficient, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Calculate_ExactWhereDoublesAreNot()
    {
        var steps = 9000L;
        Assert.Equal(62, (long)Math.Floor(steps / 1000.0 * 10 * 0.7));
        Assert.Equal(63, WalkPoints.Calculate(steps, 10, 0.7m));
    }

    [Fact]
    public void Calculate_RefusesNegativeStepsOrRate_AndNonPositiveCoefficient()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkPoints.Calculate(-1, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkPoints.Calculate(1000, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkPoints.Calculate(1000, 10, 0));
    }
}
