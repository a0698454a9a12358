namespace Bot.Features.Rewards;

/// <summary>The internal commands and effects of the rewards flow.</summary>
public static class RewardsCommands
{
    // effects
    public const string GeocodeEffect = "rewards.geocode";
    public const string WeatherEffect = "rewards.weather";
    public const string WalkLogEffect = "rewards.walk-log";
    public const string PromoEffect = "rewards.promo";
    public const string FamilyEffect = "rewards.family";
    public const string FamilyViewEffect = "rewards.family-view";
    public const string ReferralEffect = "rewards.referral";

    // commands back to users
    public const string CityFound = "rewards.city-found";
    public const string Temperature = "rewards.temperature";
    public const string PromoResult = "rewards.promo-result";
    public const string FamilyResult = "rewards.family-result";
    public const string FamilyView = "rewards.family-view-result";
    public const string FamilyShare = "rewards.family-share";
    public const string FamilySettle = "rewards.family-settle";
    public const string FamilyNews = "rewards.family-news";
    public const string ReferralJoined = "rewards.referral-joined";
    public const string ReferralReward = "rewards.referral-reward";
    public const string ReferralUnknown = "rewards.referral-unknown";
}
