namespace Bot.Emulator;

/// <summary>Settings of the offline Telegram stand-in (configuration section "Emulator").</summary>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section that <see cref="EmulatorServiceCollectionExtensions.AddTelegramEmulator(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/> binds.</summary>
    public const string SectionName = "Emulator";

    /// <summary>The only token the Bot API side accepts; the bot's user id is its numeric part.</summary>
    public string BotToken { get; set; } = "100000001:emulator-token";

    public string BotUsername { get; set; } = "emulator_bot";

    public string BotFirstName { get; set; } = "Bot";

    /// <summary>
    /// Base address used in payment confirmation links, e.g. "http://localhost:7071". When unset, the
    /// address the payment was created through is used, so an instance on another port links to itself.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>First pause before a failed webhook delivery is retried; it doubles up to <see cref="WebhookRetryMaxDelay"/>.</summary>
    public TimeSpan WebhookRetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan WebhookRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this long without a 2xx answer an update is dropped (and logged), as Telegram does.</summary>
    public TimeSpan WebhookGiveUpAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The bot's numeric user id: the part of the token before the colon.</summary>
    public long BotId =>
        long.TryParse(BotToken.Split(':', 2)[0], out var id) ? id : 100000001;
}
