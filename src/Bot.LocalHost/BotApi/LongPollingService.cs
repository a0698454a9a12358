using System.Text.Json;
using Bot.Engine.Inbox;
using Bot.LocalHost.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.LocalHost.BotApi;

/// <summary>Polling mode, as seed 000 ran in development: deletes the webhook, then long-polls
/// getUpdates and puts each update on the same inbox the webhook feeds. An update is confirmed (by the
/// next call's offset) only after it is queued, so a crash re-reads it and the processor's duplicate
/// filter drops the repeat.</summary>
public sealed class LongPollingService(
    IServiceProvider services,
    IInboxPublisher inbox,
    PipelineActivity activity,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    ILogger<LongPollingService> log) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The Bot API may be this very host's emulator: wait until it listens.
        await WhenStartedAsync(stoppingToken);
        var client = services.GetRequiredService<ITelegramBotClient>();
        var timeout = configuration.GetValue(LocalHostSettings.PollingTimeoutSeconds, 25);
        var pause = TimeSpan.FromSeconds(1);
        var webhookDeleted = false;
        var offset = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    webhookDeleted = true;
                    log.LogInformation("Webhook deleted; long polling getUpdates every {Timeout} s", timeout);
                }

                var updates = await client.GetUpdates(offset, timeout: timeout, cancellationToken: stoppingToken);
                if (updates.Length > 0)
                {
                    using (activity.Begin())
                    {
                        foreach (var update in updates)
                        {
                            await QueueAsync(update, stoppingToken);
                            offset = update.Id + 1;
                        }
                    }
                }

                pause = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Long polling failed; retrying in {Pause}", pause);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    private async Task QueueAsync(Update update, CancellationToken ct)
    {
        if (UpdateUser.Of(update) is not { } userId)
        {
            log.LogInformation("Update {UpdateId} of type {Type} has no user and is ignored", update.Id, update.Type);
            return;
        }

        var json = JsonSerializer.SerializeToElement(update, JsonBotAPI.Options);
        await inbox.PublishAsync(InboxEnvelope.ForUpdate(userId, update.Id, json), ct);
        log.LogInformation("Update {UpdateId} queued", update.Id);
    }

    private async Task WhenStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
        await started.Task;
    }
}
