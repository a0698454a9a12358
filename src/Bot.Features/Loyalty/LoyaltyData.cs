namespace Bot.Features.Loyalty;

/// <summary>Keys of the loyalty flow's data in <c>Session.Data</c>. The linked phone itself is <c>Session.Phone</c>.</summary>
public static class LoyaltyData
{
    public const string Prefix = "loyalty.";

    /// <summary>The phone being claimed (matches loyalty.linked).</summary>
    public const string Claiming = "loyalty.claiming";

    /// <summary>The latest bonuses as JSON (<see cref="BonusHistory"/>): what /history shows, kept across dialogs.</summary>
    public const string History = "loyalty.history";

    public const string AdjustPhone = "loyalty.adjust.phone";
    public const string AdjustPoints = "loyalty.adjust.points";
    public const string AdjustReason = "loyalty.adjust.reason";

    /// <summary>The message id of the confirmation's buttons.</summary>
    public const string Prompt = "loyalty.prompt";
}
