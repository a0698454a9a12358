namespace Bot.Features.Rewards;

/// <summary>The rewards flow's session data keys. <see cref="Kept"/> outlive /start, /menu and /cancel.</summary>
public static class RewardsData
{
    public const string Prefix = "rewards.";

    /// <summary>The walk in progress (JSON <see cref="Walks.ActiveWalk"/>).</summary>
    public const string Walk = "rewards.walk";

    /// <summary>The user's geocoded city (JSON <see cref="Walks.Weather.WeatherLocation"/>).</summary>
    public const string City = "rewards.city";

    /// <summary>Set while the city is being changed (the walk waits for no city).</summary>
    public const string CityOnly = "rewards.city-only";

    /// <summary>Steps logged today: <c>yyyy-MM-dd:N</c> (the user's local day).</summary>
    public const string StepsToday = "rewards.steps-today";

    /// <summary>Promo codes this user has redeemed, upper case, comma-separated.</summary>
    public const string PromoUsed = "rewards.promo-used";

    /// <summary>The promo code being redeemed (one at a time).</summary>
    public const string PromoPending = "rewards.promo-pending";

    /// <summary>The user's family id.</summary>
    public const string Family = "rewards.family";

    /// <summary>A family change in flight (create, join, leave): one at a time.</summary>
    public const string FamilyPending = "rewards.family-pending";

    /// <summary>The referrer's id, once the user started through an invitation.</summary>
    public const string ReferredBy = "rewards.referred-by";

    /// <summary>The message id of the latest prompt with buttons.</summary>
    public const string Prompt = "rewards.prompt";

    public static IEnumerable<string> Kept { get; } =
        [Walk, City, StepsToday, PromoUsed, PromoPending, Family, FamilyPending, ReferredBy];
}
