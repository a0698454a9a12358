using System.Globalization;

namespace Bot.Features.Rewards;

/// <summary>How numbers look in the rewards messages: invariant, no trailing zeros (-12, 1.5, 3.25).</summary>
public static class RewardsFormat
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Parses a temperature the user typed: "-12", "−12", "+3", "3,5", "3.5 °C"; -60 to 60.</summary>
    public static bool TryTemperature(string? text, out decimal temperature)
    {
        temperature = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Trim().Replace('−', '-').Replace('–', '-').Replace(',', '.')
            .Replace("°C", "", StringComparison.OrdinalIgnoreCase).Replace("°", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out temperature)
            && temperature is >= -60 and <= 60;
    }
}
