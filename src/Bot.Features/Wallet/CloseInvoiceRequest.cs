namespace Bot.Features.Wallet;

/// <summary>Payload of the <see cref="WalletEffects.Close"/> effect: the invoice is final.</summary>
/// <param name="Balance">The RUB balance after a credit, for the audit line.</param>
/// <param name="Audit">False for a quiet clean-up of a row the session no longer knew.</param>
public sealed record CloseInvoiceRequest(string PaymentId, PaymentState Outcome, decimal Amount, decimal? Balance = null, bool Audit = true);
