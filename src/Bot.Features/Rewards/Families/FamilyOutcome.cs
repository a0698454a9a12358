namespace Bot.Features.Rewards.Families;

/// <summary>What a family change decided, sent to each user concerned. <see cref="Payout"/>: points the
/// requester gets (the pool, when the last member leaves). <see cref="Shares"/>: a settled period's shares.</summary>
public sealed record FamilyOutcome(
    string Op,
    string Status,
    string FamilyId,
    long UserId,
    string? Name = null,
    string? FirstName = null,
    long? NewOwnerId = null,
    long Payout = 0,
    bool Closed = false,
    IReadOnlyList<FamilyShareLine>? Shares = null,
    long Pool = 0,
    long TotalSteps = 0,
    DateTimeOffset? PeriodEnd = null,
    DateTimeOffset? NextPeriodEnd = null,
    string? WalkId = null,
    long Points = 0,
    IReadOnlyList<long>? Others = null);
