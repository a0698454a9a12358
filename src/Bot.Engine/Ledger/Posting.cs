namespace Bot.Engine.Ledger;

/// <summary>A change of one balance. <paramref name="Key"/> is its idempotency key and the ledger row's
/// key: the same key is never applied twice.</summary>
public sealed record Posting(string Currency, decimal Amount, string Key, string Reason);
