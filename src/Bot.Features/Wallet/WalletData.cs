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

    /// <summary>The message id of the current prompt (amount, confirmation): its buttons go when the next
    /// prompt replaces it, so a repeated wrong amount leaves one live «Отмена», not a column of them.</summary>
    public const string Prompt = "wallet.prompt";

    /// <summary>Prefix of the invoice messages' ids, one per open invoice (<see cref="InvoiceMessage"/>).</summary>
    public const string InvoiceMessagePrefix = "wallet.msg.";

    /// <summary>The id of the message showing an invoice's buttons (Оплатить, Проверить оплату, Отмена),
    /// cleared when the invoice is paid, rejected or expired.</summary>
    public static string InvoiceMessage(string paymentId) => InvoiceMessagePrefix + paymentId;

    /// <summary>The last invoices that became final at the provider (paid, rejected), so a late status for one
    /// of them is recognised; see <see cref="FinalInvoices"/>.</summary>
    public const string Done = "wallet.done";

    /// <summary>Every invoice created and not yet final (see <see cref="OpenInvoices"/>); kept when the
    /// dialog starts over, so a payment made after the user moved on is still credited.</summary>
    public const string Open = "wallet.open";
}
