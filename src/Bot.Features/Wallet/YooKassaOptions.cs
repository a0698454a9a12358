namespace Bot.Features.Wallet;

/// <summary>The <c>Wallet:YooKassa</c> settings. Locally the base URL points at the emulator's sandbox
/// (<c>{local host}/emulator/yookassa/v3</c>).</summary>
public sealed class YooKassaOptions
{
    /// <summary>Where the emulator's YooKassa sandbox answers on the local host (declared with AddEmulatorSandbox).</summary>
    public const string EmulatorSandboxPath = "/emulator/yookassa/v3";

    public string BaseUrl { get; set; } = "";
    public string ShopId { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>Where the payer returns after paying (the bot's t.me link).</summary>
    public string ReturnUrl { get; set; } = "";

    /// <summary>Retries of one call on 5xx, 408, 429 and timeouts (with the same Idempotence-Key).</summary>
    public int MaxRetries { get; set; } = 2;

    public int RetryDelayMilliseconds { get; set; } = 300;

    public int AttemptTimeoutSeconds { get; set; } = 10;
}
