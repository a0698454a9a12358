namespace Bot.Features.Wallet;

/// <summary>Payload of <see cref="WalletCommands.Created"/>.</summary>
public sealed record InvoiceCreated(string PaymentId, decimal Amount, string ConfirmationUrl, DateTimeOffset CreatedAt, string RequestId);
