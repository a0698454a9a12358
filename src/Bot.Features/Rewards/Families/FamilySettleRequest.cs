namespace Bot.Features.Rewards.Families;

/// <summary>The scheduled command that shares out a family's pool for the period ending at <see cref="PeriodEnd"/>.</summary>
public sealed record FamilySettleRequest(string FamilyId, DateTimeOffset PeriodEnd)
{
    public string Key => $"famsettle:{FamilyId}:{PeriodEnd.UtcDateTime:yyyyMMddHHmm}";

    public static string ShareKey(string familyId, DateTimeOffset periodEnd) => $"famshare:{familyId}:{periodEnd.UtcDateTime:yyyyMMddHHmm}";
}
