namespace Bot.Features.Rewards.Walks.Coefficients;

/// <summary>The walk's points: floor(steps / 1000 × pointsPer1000Steps × coefficient), in exact decimal
/// arithmetic (no binary floating point: 3500 steps × 10 × 1.2 is exactly 42, never 41.999…).</summary>
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
