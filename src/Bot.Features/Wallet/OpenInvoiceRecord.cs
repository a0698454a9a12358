namespace Bot.Features.Wallet;

/// <summary>A row of the open-invoices table.</summary>
public sealed record OpenInvoiceRecord(string PaymentId, long UserId, decimal Amount, DateTimeOffset CreatedAt);
