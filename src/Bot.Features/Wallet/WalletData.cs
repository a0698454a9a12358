namespace Bot.Features.Wallet;

/// <summary>Keys of the wallet's data in <c>Session.Data</c>.</summary>
public static class WalletData
{
    public const string Prefix = "wallet.";

    /// <summary>The amount read, waiting for confirmation (whole roubles).</summary>
    public const string Amount = "wallet.amount";

    /// <summary>The input key of the confirmation that asked for an invoice (matches wallet.created).</summary>
    public const string Request = "wallet.request";

    /// <summary>The invoice the dialog waits for.</summary>
    public const string Invoice = "wallet.invoice";

    /// <summary>The payment page of the invoice the dialog waits for.</summary>
    public const string Url = "wallet.url";

    /// <summary>The last invoices that became final at the provider (paid, rejected), so a late status for one
    /// of them is recognised; see <see cref="FinalInvoices"/>.</summary>
    public const string Done = "wallet.done";

    /// <summary>Every invoice created and not yet final (see <see cref="OpenInvoices"/>); kept when the
    /// dialog starts over, so a payment made after the user moved on is still credited.</summary>
    public const string Open = "wallet.open";
}
