namespace Bot.Features.Wallet;

/// <summary>A payment provider: creates invoices and reports their status. Failures throw
/// <see cref="PaymentProviderException"/>.</summary>
public interface IPaymentProvider
{
    /// <summary>Creates an invoice; the same <paramref name="idempotenceKey"/> gives the same invoice.</summary>
    Task<ProviderPayment> CreateAsync(NewPayment payment, string idempotenceKey, CancellationToken ct);

    Task<ProviderPayment> GetAsync(string paymentId, CancellationToken ct);
}
