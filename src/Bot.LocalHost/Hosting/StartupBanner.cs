using System.Text;
using Bot.Engine.Gateway;
using Bot.Features.Admin;
using Bot.LocalHost.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Hosting;

/// <summary>Prints, once the server listens, where to open the chat and the admin console (the key in the link's
/// fragment, which the browser keeps to itself), the admin key, the storage and the
/// timers. Written to the console, not to the logs: the key is a secret that must not reach log sinks.</summary>
public sealed class StartupBanner(
    LocalHostInfo info,
    LocalHostAddress address,
    IConfiguration configuration,
    IOptions<TelegramOptions> telegram,
    TimerScheduler timers,
    EmulatorSandboxSettings? sandboxes = null) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(LocalHostSettings.Banner, true))
        {
            return Task.CompletedTask;
        }

        Console.Out.Write(Compose(address.Url));
        return Task.CompletedTask;
    }

    public string Compose(string url)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine($"Bot local host listening on {url}");
        if (info.Mode == TelegramMode.Emulator)
        {
            text.AppendLine($"  Chat (Telegram emulator): {url}/");
            text.AppendLine($"  Emulator API:             {url}/emulator/...  (Bot API at {url}/bot<token>/<method>)");
        }
        else
        {
            var api = string.IsNullOrEmpty(telegram.Value.BaseUrl) ? "https://api.telegram.org" : telegram.Value.BaseUrl;
            text.AppendLine($"  Telegram:                 long polling {api}; write to your bot in Telegram");
        }

        var key = configuration[LocalHostSettings.AdminFunctionKey];
        text.AppendLine($"  Webhook:                  POST {url}{LocalHostSettings.WebhookRoute}");
        text.AppendLine($"  Admin console:            {url}/{ConsoleFiles.Route}/#key={Uri.EscapeDataString(key ?? "")}");
        text.AppendLine($"  Admin key{(info.AdminKeyGenerated ? " (generated)" : "")}:     {key}");
        text.AppendLine($"                            send as x-functions-key header or ?code=, for {url}{LocalHostSettings.AdminRoute}/... and POST {url}/admin/functions/<name>");
        text.AppendLine(info.AdminKeyGenerated
            ? $"                            a new key every start: set {LocalHostSettings.AdminFunctionKey} (e.g. --{LocalHostSettings.AdminFunctionKey}=...) to keep one"
            : $"                            from {LocalHostSettings.AdminFunctionKey}: the same key across restarts");
        text.AppendLine(info.AzuriteConnectionString is not { } azurite
            ? "  Storage:                  using configured storage (Storage:ConnectionString)"
            : info.AzuriteDataFolder is { } data
                ? $"  Storage:                  Azurite, data kept in {data} across restarts ({LocalHostSettings.StoragePersist}=true) {Endpoints(azurite)}"
                : $"  Storage:                  Azurite (in memory: gone at exit; {LocalHostSettings.StoragePersist}=true keeps it in .tools/azurite-data) {Endpoints(azurite)}");
        foreach (var sandbox in sandboxes?.Applied ?? [])
        {
            text.AppendLine($"  Sandbox:                  {sandbox.SettingKey} = {sandbox.UrlFor(url)}");
            if (sandbox.Webhook is { } webhook && configuration.GetValue(LocalHostSettings.SandboxWebhooks, true))
            {
                text.AppendLine($"                            its webhook: {url}{webhook.BotRoute}?code=<admin key> (registered at {webhook.RegistrationPath})");
            }
        }

        text.AppendLine($"  Timers:                   {string.Join(", ", timers.Timers.Select(t => $"{t.Name} '{t.Schedule}'"))}");
        text.AppendLine();
        return text.ToString();
    }

    private static string Endpoints(string connectionString) => string.Join(" ", connectionString
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(p => p.Contains("Endpoint=", StringComparison.Ordinal))
        .Select(p => p.Replace("Endpoint=", " ", StringComparison.Ordinal).ToLowerInvariant()));

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
