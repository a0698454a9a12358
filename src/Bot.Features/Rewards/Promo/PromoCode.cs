namespace Bot.Features.Rewards.Promo;

/// <summary>A promo code (shared record: table <see cref="RewardsTables.Promo"/>, partition = the code in upper case).</summary>
public sealed record PromoCode(string Code, long Points, int MaxUses, DateTimeOffset ExpiresAt, int Uses)
{
    /// <summary>How users and admins write a code: trimmed, any letter case.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();
}
