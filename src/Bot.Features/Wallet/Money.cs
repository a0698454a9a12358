using System.Globalization;

namespace Bot.Features.Wallet;

/// <summary>How amounts are written in messages: "500", "1250.5" (no grouping, invariant).</summary>
public static class Money
{
    public static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
