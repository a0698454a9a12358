namespace Bot.Features.Rewards;

/// <summary>The rewards flow's callback data (all well under 64 bytes): <c>rw:walk</c>, <c>rw:alone</c>,
/// <c>rw:fam-walk</c>, <c>rw:finish:{walkId}</c>, <c>rw:city</c>, <c>rw:promo</c>, <c>rw:fam:*</c>.</summary>
public static class RewardsCallbacks
{
    public const string Walk = "rw:walk";
    public const string Alone = "rw:alone";
    public const string ForFamily = "rw:fam-walk";
    public const string FinishPrefix = "rw:finish:";
    public const string ChangeCity = "rw:city";
    public const string Promo = "rw:promo";
    public const string FamilyCreate = "rw:fam:create";
    public const string FamilyJoin = "rw:fam:join";
    public const string FamilyLeave = "rw:fam:leave";
    public const string FamilyInvite = "rw:fam:invite";
    public const string Cancel = "rw:cancel";

    public static string Finish(string walkId) => FinishPrefix + walkId;

    public static string? WalkIdOf(string? data) =>
        data is not null && data.StartsWith(FinishPrefix, StringComparison.Ordinal) && data.Length > FinishPrefix.Length
            ? data[FinishPrefix.Length..]
            : null;
}
