namespace Bot.Features.Rewards;

/// <summary>The tables the rewards flow owns.</summary>
public static class RewardsTables
{
    /// <summary>Promo codes: partition = the code (upper case), row <see cref="PromoRow"/>; claims beside it.</summary>
    public const string Promo = "rewardspromo";
    public const string PromoRow = "code";

    /// <summary>Families: partition = the family id (also its invitation code), row <see cref="FamilyRow"/>.</summary>
    public const string Families = "rewardsfamilies";
    public const string FamilyRow = "family";

    /// <summary>Finished walks for the export: partition = the UTC day <c>yyyyMMdd</c>, row = the walk id.</summary>
    public const string Walks = "rewardswalks";
}
