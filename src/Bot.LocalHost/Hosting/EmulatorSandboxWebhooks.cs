using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Hosting;

/// <summary>Emulator mode: once the server listens, gives every applied sandbox that declared an
/// <see cref="Bot.Engine.Hosting.EmulatorSandboxWebhook"/> this host's own keyed route
/// (<c>POST {url}{RegistrationPath}</c> with <c>{"url":"{url}{BotRoute}?code={Admin:FunctionKey}"}</c>), as a
/// developer would by hand. The host names no flow. Off with <c>LocalHost:SandboxWebhooks=false</c>. Host
/// start-up fails if a registration fails (the emulator is this very process: a failure is a bug to see).</summary>
public sealed class EmulatorSandboxWebhooks(
    EmulatorSandboxSettings sandboxes,
    LocalHostAddress address,
    IConfiguration configuration,
    IHttpClientFactory clients,
    ILogger<EmulatorSandboxWebhooks> log) : IHostedLifecycleService
{
    /// <summary>The bot routes registered at start-up (for the banner and tests), without the key.</summary>
    public List<string> Registered { get; } = [];

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(LocalHostSettings.SandboxWebhooks, true))
        {
            return;
        }

        var url = address.Url;
        var key = configuration[LocalHostSettings.AdminFunctionKey] ?? "";
        var http = clients.CreateClient(nameof(EmulatorSandboxWebhooks));
        foreach (var webhook in sandboxes.Applied.Select(s => s.Webhook).OfType<Bot.Engine.Hosting.EmulatorSandboxWebhook>())
        {
            using var response = await http.PostAsJsonAsync(
                new Uri(url + webhook.RegistrationPath), new { url = webhook.CallbackUrlFor(url, key) }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new InvalidOperationException($"The sandbox webhook {webhook.BotRoute} could not be registered at {webhook.RegistrationPath}: {(int)response.StatusCode} {body}");
            }

            Registered.Add(webhook.BotRoute);
            log.LogInformation("Sandbox webhook registered at {RegistrationPath}: {Url}{BotRoute}?code=<admin key>", webhook.RegistrationPath, url, webhook.BotRoute);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
