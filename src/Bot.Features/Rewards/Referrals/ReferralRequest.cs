namespace Bot.Features.Rewards.Referrals;

/// <summary>A new user started through <see cref="ReferrerId"/>'s link.</summary>
public sealed record ReferralRequest(long ReferrerId, long NewUserId, string? NewUserName);
