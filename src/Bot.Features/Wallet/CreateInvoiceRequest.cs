namespace Bot.Features.Wallet;

/// <summary>Payload of the <see cref="WalletEffects.Create"/> effect. <paramref name="RequestId"/> is the
/// confirmation's input key, echoed in the answer so a late answer is told from the current one.</summary>
public sealed record CreateInvoiceRequest(decimal Amount, string RequestId, string Description);
