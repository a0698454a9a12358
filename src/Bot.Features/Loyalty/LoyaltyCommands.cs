namespace Bot.Features.Loyalty;

/// <summary>Internal commands of the loyalty flow.</summary>
public static class LoyaltyCommands
{
    /// <summary>The outcome of claiming a phone (<see cref="Linking.LinkOutcome"/>).</summary>
    public const string Linked = "loyalty.linked";

    /// <summary>A bonus for a paid visit (<see cref="Sync.BonusCredit"/>), key <c>loyalty:bonus:{recordId}</c>.</summary>
    public const string Bonus = "loyalty.bonus";

    /// <summary>An admin's adjustment made while the phone was not linked (<see cref="Admin.PendingAdjustment"/>).</summary>
    public const string Adjusted = "loyalty.adjusted";

    /// <summary>The outcome of an admin's /adjust in the bot (<see cref="Admin.AdjustResult"/>).</summary>
    public const string AdjustDone = "loyalty.adjust-done";
}
