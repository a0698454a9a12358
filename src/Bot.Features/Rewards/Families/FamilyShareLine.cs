namespace Bot.Features.Rewards.Families;

/// <summary>One member's part of a shared-out pool.</summary>
public sealed record FamilyShareLine(long UserId, long Steps, long Points);
