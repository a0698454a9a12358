namespace Bot.Features.Rewards.Walks.Coefficients;

/// <summary>The walk's points: floor(steps / 1000 × pointsPer1000Steps × coefficient), in exact decimal
/// arithmetic (no binary floating point: 9000 steps × 10 × 0.7 is exactly 63, where doubles floor 62.999… to 62).</summary>
public static class WalkPoints
{
    public static long Calculate(long steps, decimal pointsPer1000Steps, decimal coefficient)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(pointsPer1000Steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(coefficient);
        return (long)decimal.Floor(steps / 1000m * pointsPer1000Steps * coefficient);
    }
}
