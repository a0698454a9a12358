namespace Bot.Features.Rewards.Families;

/// <summary>Show the family card, or (with <see cref="Invite"/>) its invitation.</summary>
public sealed record FamilyViewQuery(string FamilyId, bool Invite);
