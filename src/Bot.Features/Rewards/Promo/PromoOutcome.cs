namespace Bot.Features.Rewards.Promo;

/// <summary>The answer to a redemption: <see cref="Status"/> is granted, unknown, expired or exhausted.</summary>
public sealed record PromoOutcome(string Code, string Status, long Points)
{
    public const string Granted = "granted";
    public const string Unknown = "unknown";
    public const string Expired = "expired";
    public const string Exhausted = "exhausted";

    public static string LedgerKey(string code) => "promo:" + code;
}
