namespace Bot.Features.Rewards.Families;

/// <summary>Shares a pool out in proportion to steps by the largest-remainder rule: everyone gets
/// floor(pool × steps / total); the points left over go one each to the largest fractional parts (ties: the
/// member listed first, i.e. the longest-standing), so the shares always add up to the pool exactly.</summary>
public static class FamilyShares
{
    public static IReadOnlyList<FamilyShareLine> Split(long pool, IReadOnlyList<(long UserId, long Steps)> members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pool);
        var total = members.Sum(m => Math.Max(0, m.Steps));
        if (total == 0 || pool == 0)
        {
            return members.Select(m => new FamilyShareLine(m.UserId, Math.Max(0, m.Steps), 0)).ToList();
        }

        // Exact integer arithmetic: quotient and remainder of pool × steps / total (Int128: no overflow).
        var parts = members.Select((m, i) =>
        {
            var product = (Int128)pool * Math.Max(0, m.Steps);
            return (m.UserId, Steps: Math.Max(0, m.Steps), Whole: (long)(product / total), Remainder: (long)(product % total), Index: i);
        }).ToList();
        var left = pool - parts.Sum(p => p.Whole);
        var extra = parts.OrderByDescending(p => p.Remainder).ThenBy(p => p.Index).Take((int)left).Select(p => p.Index).ToHashSet();
        return parts.Select(p => new FamilyShareLine(p.UserId, p.Steps, p.Whole + (extra.Contains(p.Index) ? 1 : 0))).ToList();
    }
}
