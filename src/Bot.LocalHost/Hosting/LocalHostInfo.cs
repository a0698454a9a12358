namespace Bot.LocalHost.Hosting;

/// <summary>What start-up decided, for the banner: the Telegram mode, the Azurite in use (null when
/// storage is configured) and whether the admin key was generated.
/// <paramref name="AzuriteDataFolder"/>: where the started Azurite keeps its data (<c>Storage:Persist=true</c>), null when in memory.</summary>
public sealed record LocalHostInfo(TelegramMode Mode, string? AzuriteConnectionString, bool AdminKeyGenerated, string? AzuriteDataFolder = null);
