namespace Bot.Features.Rewards.Promo;

/// <summary>Take one use of a code for a user.</summary>
public sealed record PromoRequest(string Code);
