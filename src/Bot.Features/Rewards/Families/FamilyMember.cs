namespace Bot.Features.Rewards.Families;

/// <summary>A member of a family, with when they joined (the longest-standing one inherits the family).</summary>
public sealed record FamilyMember(long UserId, string? FirstName, DateTimeOffset JoinedAt);
