using Bot.Engine.Reference;
using Bot.Features.Rewards.Walks.Coefficients;

namespace Bot.Features.Rewards;

/// <summary>The rewards flow's reference data: the admin-editable temperature coefficient table.</summary>
public static class RewardsReference
{
    public static readonly ReferenceSet<IReadOnlyList<CoefficientRange>> Coefficients =
        new("rewards.coefficients", CoefficientTable.Default.Ranges);

    /// <summary>The table handlers use: the stored one, or the default when the stored one no longer validates.</summary>
    public static CoefficientTable Table(IReadOnlyList<CoefficientRange> ranges) =>
        CoefficientTable.TryCreate(ranges, out var table, out _) ? table : CoefficientTable.Default;
}
