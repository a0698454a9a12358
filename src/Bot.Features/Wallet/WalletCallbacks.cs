namespace Bot.Features.Wallet;

/// <summary>The wallet's callback data (at most 64 bytes): "wallet:start", "wallet:confirm",
/// "wallet:cancel" and "wallet:check:{paymentId}".</summary>
public static class WalletCallbacks
{
    public const string Start = "wallet:start";
    public const string Confirm = "wallet:confirm";
    public const string Cancel = "wallet:cancel";
    public const string CheckPrefix = "wallet:check:";

    /// <summary>The check button's data; a payment id too long for 64 bytes falls back to the bare
    /// prefix, which checks the invoice the dialog waits for.</summary>
    public static string Check(string paymentId)
    {
        var data = CheckPrefix + paymentId;
        return System.Text.Encoding.UTF8.GetByteCount(data) <= Engine.Outbox.Button.MaxDataBytes ? data : CheckPrefix;
    }

    /// <summary>The payment id of a check button, or null for the bare prefix.</summary>
    public static string? PaymentIdOf(string? data) =>
        data is not null && data.StartsWith(CheckPrefix, StringComparison.Ordinal) && data.Length > CheckPrefix.Length
            ? data[CheckPrefix.Length..]
            : null;
}
