namespace Bot.Features.Rewards.Families;

/// <summary>What other members are told: someone joined or left, or the family is now theirs.</summary>
public sealed record FamilyNews(string Kind, string FamilyName, string? Member)
{
    public const string Joined = "joined";
    public const string Left = "left";
    public const string NewOwner = "new-owner";
}
