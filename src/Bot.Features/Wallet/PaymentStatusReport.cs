namespace Bot.Features.Wallet;

/// <summary>Payload of <see cref="WalletCommands.Status"/>: what the provider said about a payment.</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="State">The mapped state; ignored when <paramref name="Failed"/>.</param>
/// <param name="Amount">The amount the provider reports (credited when the session no longer knows the invoice).</param>
/// <param name="RawStatus">The provider's own word, shown for an unknown status.</param>
/// <param name="Asked">The user pressed the check button (a waiting invoice is then reported).</param>
/// <param name="Final">The PaymentPolling timer's last check after the lifetime: still not paid means expired.</param>
/// <param name="Failed">The provider could not be asked.</param>
public sealed record PaymentStatusReport(
    string PaymentId,
    PaymentState State,
    decimal? Amount = null,
    string? RawStatus = null,
    bool Asked = false,
    bool Final = false,
    bool Failed = false);
