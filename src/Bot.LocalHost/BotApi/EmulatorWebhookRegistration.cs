using Bot.Engine.Gateway;
using Bot.LocalHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.LocalHost.BotApi;

/// <summary>Emulator mode: once the server listens, registers this host's webhook (with the secret) with
/// the emulator through the engine's own Telegram client, as <c>POST /api/admin/telegram/setup</c> does
/// with real Telegram. Host start-up fails if that fails.</summary>
public sealed class EmulatorWebhookRegistration(
    IServiceProvider services,
    LocalHostAddress address,
    IOptions<TelegramOptions> options,
    ILogger<EmulatorWebhookRegistration> log) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var url = address.Url + LocalHostSettings.WebhookRoute;
        // Resolved now, not in the constructor: the client's base URL is this host's, known once it listens.
        var client = services.GetRequiredService<ITelegramBotClient>();
        await client.SetWebhook(url, secretToken: options.Value.WebhookSecret, cancellationToken: cancellationToken);
        log.LogInformation("Webhook registered with the emulator: {Url}", url);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
