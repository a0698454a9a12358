namespace Bot.Features.Rewards.Referrals;

/// <summary>A user's referral code: their user id in base 36 (short, stable, no table needed); the effect checks
/// that such a user exists before anyone is rewarded.</summary>
public static class ReferralCode
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Of(long userId)
    {
        if (userId <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(userId));
        }

        var chars = new Stack<char>();
        for (var n = userId; n > 0; n /= 36)
        {
            chars.Push(Digits[(int)(n % 36)]);
        }

        return new string(chars.ToArray());
    }

    public static long? Parse(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 12)
        {
            return null;
        }

        long value = 0;
        foreach (var c in code.ToLowerInvariant())
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = checked(value * 36 + digit);
        }

        return value > 0 ? value : null;
    }
}
