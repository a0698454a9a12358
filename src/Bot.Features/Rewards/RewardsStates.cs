namespace Bot.Features.Rewards;

/// <summary>The rewards dialog's states. A walk in progress is not a state: it is kept in the session
/// (<see cref="RewardsData.Walk"/>) while the user is in the menu, and «Завершить прогулку» works from anywhere.</summary>
public static class RewardsStates
{
    /// <summary>Waiting for the user's city (asked once, for the weather).</summary>
    public const string City = "rewards.city";

    /// <summary>The walk started without a temperature from the weather provider: waiting for the user's.</summary>
    public const string Temperature = "rewards.temperature";

    /// <summary>The walk was finished: waiting for the steps.</summary>
    public const string Steps = "rewards.steps";

    /// <summary>Waiting for a promo code.</summary>
    public const string PromoCode = "rewards.promo";

    /// <summary>Waiting for the new family's name.</summary>
    public const string FamilyName = "rewards.family-name";

    /// <summary>Waiting for a family's invitation code.</summary>
    public const string FamilyCode = "rewards.family-code";
}
