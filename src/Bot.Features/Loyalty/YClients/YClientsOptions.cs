namespace Bot.Features.Loyalty.YClients;

/// <summary>The <c>Loyalty:YClients</c> settings. Locally the base URL points at the emulator's sandbox
/// (<c>{local host}/emulator/yclients/api/v1</c>).</summary>
public sealed class YClientsOptions
{
    public const string DefaultBaseUrl = "https://api.yclients.com/api/v1";

    /// <summary>Where the emulator's YCLIENTS sandbox answers on the local host (declared with AddEmulatorSandbox).</summary>
    public const string EmulatorSandboxPath = "/emulator/yclients/api/v1";

    /// <summary>Where the sandbox takes the address of the webhook it calls with its record events (the local
    /// host registers its own <c>/api/yclients/webhook?code=…</c> there at start-up).</summary>
    public const string EmulatorWebhookRegistrationPath = "/emulator/yclients/webhook";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    public string CompanyId { get; set; } = "";

    /// <summary>The partner (developer) token: <c>Authorization: Bearer {PartnerToken}, User {UserToken}</c>.</summary>
    public string PartnerToken { get; set; } = "";

    /// <summary>The user token of a staff account of the company.</summary>
    public string UserToken { get; set; } = "";

    /// <summary>Records per page (<c>count</c>).</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>Requests per second to YCLIENTS from this process, retries included. YCLIENTS allows about 5;
    /// the default stays under it. The sync runs as one timer, so this is the bot's bound.</summary>
    public double RequestsPerSecond { get; set; } = 4;

    /// <summary>Retries of one call on 5xx, 408, 429 and timeouts.</summary>
    public int MaxRetries { get; set; } = 2;

    public int RetryDelayMilliseconds { get; set; } = 500;

    public int AttemptTimeoutSeconds { get; set; } = 20;
}
