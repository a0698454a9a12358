namespace Bot.Features.Wallet;

/// <summary>Payload of <see cref="WalletCommands.Failed"/>: the provider could not create the invoice.</summary>
public sealed record InvoiceFailed(string RequestId, string Reason);
