namespace Bot.Features.Loyalty;

/// <summary>Effects of the loyalty flow (after the commit).</summary>
public static class LoyaltyEffects
{
    /// <summary>Claim a phone for the user (<see cref="Linking.LinkRequest"/>): one winner per phone.</summary>
    public const string Link = "loyalty.link";

    /// <summary>Mark a bonus notified in the bonus log (<see cref="Sync.NotifiedRequest"/>).</summary>
    public const string Notified = "loyalty.notified";

    /// <summary>Run an admin's adjustment (<see cref="Admin.AdjustRequest"/>).</summary>
    public const string Adjust = "loyalty.adjust";
}
