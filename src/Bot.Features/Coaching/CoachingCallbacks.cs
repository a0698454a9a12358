using System.Globalization;

namespace Bot.Features.Coaching;

/// <summary>Callback data of a choice step's buttons: "co:{seq}:{option index}" (well under 64 bytes). The
/// sequence makes a button of an earlier prompt stale.</summary>
public static class CoachingCallbacks
{
    public const string Prefix = "co:";

    public static string Choice(long seq, int option) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{seq}:{option}");

    public static bool TryParse(string? data, out long seq, out int option)
    {
        seq = 0;
        option = -1;
        var parts = data is not null && data.StartsWith(Prefix, StringComparison.Ordinal) ? data[Prefix.Length..].Split(':') : [];
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out seq)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out option);
    }
}
