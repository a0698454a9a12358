namespace Bot.Features.Wallet;

/// <summary>Effects of the wallet: the outside calls and shared-record writes that run after a commit.</summary>
public static class WalletEffects
{
    /// <summary>Create the invoice with the provider (<see cref="CreateInvoiceRequest"/>).</summary>
    public const string Create = "wallet.create";

    /// <summary>Ask the provider for a payment's status (<see cref="CheckPaymentRequest"/>).</summary>
    public const string Check = "wallet.check";

    /// <summary>An invoice became final: remove it from the open-invoices table and audit it (<see cref="CloseInvoiceRequest"/>).</summary>
    public const string Close = "wallet.close";
}
