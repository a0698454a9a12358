namespace Bot.Features.Loyalty;

/// <summary>The loyalty flow's states.</summary>
public static class LoyaltyStates
{
    /// <summary>/phone: waiting for a contact or a typed number.</summary>
    public const string Phone = "loyalty.phone";

    /// <summary>The number is being claimed (the link effect answers with loyalty.linked).</summary>
    public const string Linking = "loyalty.linking";

    /// <summary>Admin /adjust: waiting for the client's phone.</summary>
    public const string AdjustPhone = "loyalty.adjust.phone";

    /// <summary>Admin /adjust: waiting for the points (±).</summary>
    public const string AdjustPoints = "loyalty.adjust.points";

    /// <summary>Admin /adjust: waiting for the reason.</summary>
    public const string AdjustReason = "loyalty.adjust.reason";

    /// <summary>Admin /adjust: waiting for «Подтвердить» or «Отмена».</summary>
    public const string AdjustConfirm = "loyalty.adjust.confirm";
}
