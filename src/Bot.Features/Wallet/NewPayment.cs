namespace Bot.Features.Wallet;

/// <summary>What the wallet asks the provider to create: an invoice for a user, in roubles.</summary>
public sealed record NewPayment(long UserId, decimal Amount, string Description);
