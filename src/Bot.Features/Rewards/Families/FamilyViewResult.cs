namespace Bot.Features.Rewards.Families;

/// <summary>The family as stored (null: gone).</summary>
public sealed record FamilyViewResult(string FamilyId, bool Invite, Family? Family);
