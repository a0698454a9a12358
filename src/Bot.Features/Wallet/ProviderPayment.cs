namespace Bot.Features.Wallet;

/// <summary>A payment as the provider reports it. <paramref name="RawStatus"/> is the provider's own word;
/// <paramref name="UserId"/> comes from the metadata the wallet sent when creating it.</summary>
public sealed record ProviderPayment(
    string Id,
    PaymentState State,
    string RawStatus,
    decimal? Amount,
    string? ConfirmationUrl,
    long? UserId);
