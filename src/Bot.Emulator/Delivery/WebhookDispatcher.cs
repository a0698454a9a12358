using System.Net.Http.Headers;
using System.Text;
using Bot.Emulator.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.Delivery;

/// <summary>
/// Posts queued updates to the webhook as Telegram does: one chat's updates one at a time and in
/// order, different chats in parallel; a non-2xx answer or a connection error is retried with a
/// doubling pause until <see cref="EmulatorOptions.WebhookGiveUpAfter"/> has passed since its first failure, then the
/// update is dropped (so it is always retried at least once).
/// </summary>
internal sealed class WebhookDispatcher(
    UpdateHub hub,
    IHttpClientFactory httpClients,
    IOptions<EmulatorOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "Bot.Emulator.Webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = hub.Changed;
            foreach (var lane in hub.StartIdleLanes())
            {
                _ = Task.Run(() => RunLaneAsync(lane, stoppingToken), stoppingToken);
            }

            await changed.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RunLaneAsync(long lane, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested && hub.NextForLane(lane) is var (update, webhook))
            {
                if (await DeliverAsync(update, webhook, ct))
                {
                    hub.Complete(update);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Delivers one update; false when the webhook changed meanwhile (the update stays queued).</summary>
    private async Task<bool> DeliverAsync(PendingUpdate update, WebhookSettings webhook, CancellationToken ct)
    {
        long? firstFailure = null;
        var pause = options.Value.WebhookRetryInitialDelay;
        var body = update.Payload.ToJsonString();
        while (true)
        {
            var error = await PostAsync(webhook, body, ct);
            if (error is null)
            {
                return true;
            }

            hub.RecordError(DateTimeOffset.UtcNow, error);
            // Counted from the first failure, not the first try: a slow first answer still gets its retries.
            firstFailure ??= TimeProvider.System.GetTimestamp();
            if (TimeProvider.System.GetElapsedTime(firstFailure.Value) >= options.Value.WebhookGiveUpAfter)
            {
                logger.LogError("Gave up delivering update {UpdateId} to {Url}: {Error}", update.UpdateId, webhook.Url, error);
                return true;
            }

            logger.LogWarning("Update {UpdateId} not delivered ({Error}); retrying in {Pause}", update.UpdateId, error, pause);
            await Task.Delay(pause, ct);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.Value.WebhookRetryMaxDelay.Ticks));
            if (hub.Status().Webhook != webhook)
            {
                return false;
            }
        }
    }

    /// <summary>One attempt; answers null on a 2xx, otherwise what went wrong.</summary>
    private async Task<string?> PostAsync(WebhookSettings webhook, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (webhook.SecretToken is not null)
        {
            request.Headers.Add(SecretHeader, webhook.SecretToken);
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? null
                : $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException e)
        {
            return "Connection failed: " + e.Message;
        }
        catch (InvalidOperationException e)
        {
            return "Bad webhook: " + e.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "Read timeout expired";
        }
    }
}
