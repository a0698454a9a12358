namespace Bot.Engine.Hosting;

/// <summary>
/// A flow's (or the engine's) declaration: "my outside system has a sandbox in the emulator at
/// <paramref name="RelativePath"/> of the local host; point the setting <paramref name="SettingKey"/> at it".
/// The local host, in Emulator mode, sets every declared setting that is not configured to
/// <c>{its own base URL}{RelativePath}</c>, together with <see cref="Settings"/> (fixed values such as sandbox
/// credentials, each filled only when it is not configured either). A configured <paramref name="SettingKey"/>
/// (a real system, or another sandbox) wins, and then none of <see cref="Settings"/> is filled in.
/// The Functions app ignores these declarations. Register with
/// <see cref="EmulatorSandboxServiceCollectionExtensions.AddEmulatorSandbox"/>.
/// </summary>
/// <param name="SettingKey">A configuration key with ':' separators, e.g. "Wallet:YooKassa:BaseUrl".</param>
/// <param name="RelativePath">The sandbox's path on the local host, starting with '/', e.g. "/emulator/yookassa/v3".</param>
public sealed record EmulatorSandbox(string SettingKey, string RelativePath)
{
    /// <summary>Other settings the sandbox needs (key → value), e.g. a shop id and secret key it accepts.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The sandbox's webhook back to the bot, which the local host registers with its function key at
    /// start-up (see <see cref="EmulatorSandboxWebhook"/>); null when the sandbox calls nothing.</summary>
    public EmulatorSandboxWebhook? Webhook { get; init; }

    /// <summary>The setting's value for a host at <paramref name="baseUrl"/> (e.g. "http://localhost:7071").</summary>
    public string UrlFor(string baseUrl) => baseUrl.TrimEnd('/') + RelativePath;
}
