namespace Bot.Engine;

public sealed class BotOptions
{
    public const string Section = "Bot";

    public string DefaultLocale { get; set; } = "ru";

    /// <summary>Telegram ids allowed to use bot-side admin commands (comma-separated in settings).</summary>
    public string AdminUserIds { get; set; } = "";

    /// <summary>The time zone (IANA id, or <c>UTC±HH:mm</c>) of a user who has not chosen one.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Moscow";

    /// <summary>Where the admin API lives, shown to admins by /admin.</summary>
    public string AdminPanelUrl { get; set; } = "";

    public bool IsAdmin(long userId) =>
        AdminUserIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(id => id == userId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Russian for Russian-speaking clients, English for others, the default when unknown.</summary>
    public string LocaleFor(string? languageCode) => languageCode switch
    {
        null or "" => DefaultLocale,
        var c when c.StartsWith("ru", StringComparison.OrdinalIgnoreCase)
                   || c.StartsWith("uk", StringComparison.OrdinalIgnoreCase)
                   || c.StartsWith("be", StringComparison.OrdinalIgnoreCase)
                   || c.StartsWith("kk", StringComparison.OrdinalIgnoreCase) => "ru",
        _ => "en",
    };
}
