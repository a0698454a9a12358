using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Features.Wallet;

/// <summary>Reads a top-up amount: a whole number of roubles from 1 to the maximum. Spaces between
/// digit groups ("1 000") and a rouble sign or word after the number ("500 ₽", "500 руб") are allowed.</summary>
public static partial class AmountParser
{
    public static (long Amount, AmountError Error) Parse(string? text, long maxAmount)
    {
        var s = (text ?? "").Trim();
        s = CurrencySuffix().Replace(s, "");
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u2212", "-", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return (0, AmountError.NotANumber);
        }

        var match = Number().Match(s);
        if (!match.Success)
        {
            return (0, AmountError.NotANumber);
        }

        var negative = match.Groups["sign"].Value == "-";
        var whole = match.Groups["whole"].Value.TrimStart('0');
        var hasFraction = match.Groups["fraction"].Success;
        var isZero = whole.Length == 0 && (!hasFraction || match.Groups["fraction"].Value.All(c => c == '0'));
        if (negative || isZero)
        {
            return (0, AmountError.NotPositive);
        }

        if (hasFraction)
        {
            return (0, AmountError.Fraction);
        }

        if (whole.Length > 18 || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > maxAmount)
        {
            return (0, AmountError.TooLarge);
        }

        return (amount, AmountError.None);
    }

    [GeneratedRegex(@"^(?<sign>[+-])?(?<whole>\d+)(?:[.,](?<fraction>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\s*(₽|р\.?|руб\.?|рублей|рубля|рубль|rub|rur)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencySuffix();
}
