namespace Bot.Features.Wallet;

/// <summary>A payment's state as the wallet understands it, whatever the provider calls it.</summary>
public enum PaymentState
{
    /// <summary>Not paid yet (YooKassa: pending, waiting_for_capture).</summary>
    Waiting,

    /// <summary>Paid (YooKassa: succeeded).</summary>
    Paid,

    /// <summary>Declined or canceled (YooKassa: canceled).</summary>
    Rejected,

    /// <summary>Not paid within the lifetime (the wallet's own rule).</summary>
    Expired,

    /// <summary>A status the wallet does not know (the provider's API changed).</summary>
    Unknown,
}
