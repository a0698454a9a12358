namespace Bot.Features.Wallet;

/// <summary>Internal commands of the wallet, sent back by its effects and by the PaymentPolling timer.</summary>
public static class WalletCommands
{
    /// <summary>The provider created the invoice (<see cref="InvoiceCreated"/>).</summary>
    public const string Created = "wallet.created";

    /// <summary>The provider failed to create the invoice (<see cref="InvoiceFailed"/>).</summary>
    public const string Failed = "wallet.failed";

    /// <summary>A payment's status from the button or the timer (<see cref="PaymentStatusReport"/>).</summary>
    public const string Status = "wallet.status";
}
