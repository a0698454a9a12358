namespace Bot.Features.Rewards.Families;

/// <summary>A family, a shared record (table <see cref="RewardsTables.Families"/>, partition = <see cref="FamilyId"/>,
/// which is also the invitation code). <see cref="Pool"/> holds the points of this period's family walks,
/// <see cref="Steps"/> the steps each current member contributed in it (user id → steps);
/// <see cref="PeriodEnd"/> is when the pool is next shared out; <see cref="Shared"/> counts every point shared so far.</summary>
public sealed record Family(
    string FamilyId,
    string Name,
    long OwnerId,
    IReadOnlyList<FamilyMember> Members,
    long Pool,
    IReadOnlyDictionary<long, long> Steps,
    DateTimeOffset CreatedAt,
    DateTimeOffset PeriodEnd,
    long Shared = 0,
    bool Closed = false)
{
    public bool Has(long userId) => Members.Any(m => m.UserId == userId);

    public long StepsOf(long userId) => Steps.GetValueOrDefault(userId);
}
