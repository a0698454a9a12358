namespace Bot.LocalHost;

/// <summary>The one home of the local host's setting names and defaults (CONTRACTS, "Local host configuration").</summary>
public static class LocalHostSettings
{
    public const string DefaultUrl = "http://localhost:7071";

    public const string Urls = "urls";
    public const string AdminFunctionKey = "Admin:FunctionKey";
    public const string StorageConnectionString = "Storage:ConnectionString";

    /// <summary><c>true</c>: the Azurite the host starts keeps its data (in <see cref="StorageDataFolder"/>) across restarts; default false, in memory.</summary>
    public const string StoragePersist = "Storage:Persist";

    /// <summary>Where a persisted Azurite keeps its data; default <c>.tools/azurite-data</c> of the repository.</summary>
    public const string StorageDataFolder = "Storage:DataFolder";
    public const string TelegramMode = "Telegram:Mode";
    public const string TelegramBotToken = "Telegram:BotToken";
    public const string TelegramBaseUrl = "Telegram:BaseUrl";
    public const string TelegramWebhookSecret = "Telegram:WebhookSecret";
    public const string EmulatorBotToken = "Emulator:BotToken";
    public const string EmulatorPublicBaseUrl = "Emulator:PublicBaseUrl";

    /// <summary>Seconds one getUpdates call waits for updates in Polling mode (Bot API long polling).</summary>
    public const string PollingTimeoutSeconds = "Telegram:PollingTimeoutSeconds";

    /// <summary><c>false</c> turns off the start-up banner (tests).</summary>
    public const string Banner = "LocalHost:Banner";

    /// <summary><c>false</c>: the emulator sandboxes' webhooks (<c>EmulatorSandboxWebhook</c>) are not registered at
    /// start-up (tests that drive a flow's timer alone); default true.</summary>
    public const string SandboxWebhooks = "LocalHost:SandboxWebhooks";

    public const string WebhookRoute = "/api/telegram/webhook";
    public const string AdminRoute = "/api/admin";
    public const string ConsoleRoute = "/" + Bot.Features.Admin.ConsoleFiles.Route + "/{**path}";
    public const string RunFunctionRoute = "/admin/functions/{name}";
}
