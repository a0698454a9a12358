namespace Bot.Features.Wallet;

/// <summary>An invoice created and not yet final, as the session remembers it.</summary>
public sealed record OpenInvoice(string PaymentId, decimal Amount, DateTimeOffset CreatedAt);
