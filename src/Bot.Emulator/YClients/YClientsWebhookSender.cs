using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.YClients;

/// <summary>
/// POSTs the sandbox's record events to the registered webhook, one at a time in order, as YCLIENTS
/// does: the event object as the body; a non-2xx answer or a connection error is tried again twice
/// (after 0.2 s and 1 s), then the event is dropped and logged (the bot's timer is the safety net,
/// as with the real YCLIENTS). Counts as busy for <c>/emulator/settle</c> while events are pending.
/// </summary>
internal sealed class YClientsWebhookSender(IHttpClientFactory httpClients, IOptions<EmulatorOptions> options, ILogger<YClientsWebhookSender> logger)
    : BackgroundService, IPipelineMonitor
{
    public const string HttpClientName = "Bot.Emulator.YClientsWebhook";

    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });
    private string? _url = options.Value.YClientsWebhookUrl;
    private long _pending;
    private long _delivered;
    private long _failed;

    public string? Url
    {
        get => Volatile.Read(ref _url);
        set => Volatile.Write(ref _url, string.IsNullOrWhiteSpace(value) ? null : value);
    }

    public long Pending => Interlocked.Read(ref _pending);

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Queues an event when a webhook is registered; without one there is nobody to tell.</summary>
    public void Enqueue(JsonObject @event)
    {
        if (Url is null)
        {
            return;
        }

        Interlocked.Increment(ref _pending);
        if (!_events.Writer.TryWrite(@event))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    public Task<bool> IsIdleAsync(CancellationToken ct) => Task.FromResult(Pending == 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var @event in _events.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await DeliverAsync(@event, stoppingToken);
                }
                finally
                {
                    Interlocked.Decrement(ref _pending);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task DeliverAsync(JsonObject @event, CancellationToken ct)
    {
        var body = @event.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            var url = Url;
            if (url is null)
            {
                return;
            }

            string? failure;
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await httpClients.CreateClient(HttpClientName).PostAsync(new Uri(url), content, ct);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _delivered);
                    return;
                }

                failure = "HTTP " + (int)response.StatusCode;
            }
            catch (HttpRequestException ex)
            {
                failure = ex.Message;
            }
            catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
            {
                failure = "timeout: " + ex.Message;
            }

            if (attempt >= Pauses.Length)
            {
                Interlocked.Increment(ref _failed);
                logger.LogWarning("YCLIENTS sandbox: event {Status} of record {RecordId} not delivered to the webhook ({Failure})", @event["status"]?.ToString(), @event["resource_id"]?.ToString(), failure);
                return;
            }

            await Task.Delay(Pauses[attempt], ct);
        }
    }
}
