namespace Bot.Features.Rewards.Families;

/// <summary>A change to a family, run by <see cref="FamilyEffect"/>. <see cref="Op"/> is one of <see cref="FamilyOps"/>.</summary>
public sealed record FamilyRequest(
    string Op,
    string FamilyId,
    long UserId,
    string? FirstName = null,
    string? Name = null,
    string? WalkId = null,
    long Steps = 0,
    long Points = 0,
    DateTimeOffset? PeriodEnd = null);
