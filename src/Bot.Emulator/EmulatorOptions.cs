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

    /// <summary>
    /// Where the YCLIENTS sandbox POSTs its record events (YCLIENTS' webhook format), e.g. the local host's
    /// own <c>/api/yclients/webhook?code=&lt;admin key&gt;</c>. Unset = no webhook; <c>POST /emulator/yclients/webhook</c>
    /// changes it at run time.
    /// </summary>
    public string? YClientsWebhookUrl { get; set; }

    /// <summary>The only company id the YCLIENTS sandbox serves (<c>Loyalty:YClients:CompanyId</c> must match).</summary>
    public long YClientsCompanyId { get; set; } = 1;

    /// <summary>The partner token the YCLIENTS sandbox accepts (<c>Loyalty:YClients:PartnerToken</c>).</summary>
    public string YClientsPartnerToken { get; set; } = "emulator-partner-token";

    /// <summary>The user token the YCLIENTS sandbox accepts (<c>Loyalty:YClients:UserToken</c>).</summary>
    public string YClientsUserToken { get; set; } = "emulator-user-token";

    /// <summary>The sandbox company's UTC offset: its records' dates carry it and <c>changed_after</c> is read in it.</summary>
    public TimeSpan YClientsUtcOffset { get; set; } = TimeSpan.FromHours(3);

    /// <summary>The bot's numeric user id: the part of the token before the colon.</summary>
    public long BotId =>
        long.TryParse(BotToken.Split(':', 2)[0], out var id) ? id : 100000001;
}
