using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulator.Tests;

/// <summary>A test webhook endpoint: records every attempt and answers what the test decides.</summary>
public sealed class WebhookReceiver
{
    private readonly ConcurrentQueue<ReceivedUpdate> _attempts = new();
    private readonly SemaphoreSlim _arrived = new(0);

    /// <summary>Decides the HTTP status for an attempt; may wait. Default: 200.</summary>
    public Func<ReceivedUpdate, Task<int>> Respond { get; set; } = _ => Task.FromResult(StatusCodes.Status200OK);

    public IReadOnlyList<ReceivedUpdate> Attempts => [.. _attempts];

    public IReadOnlyList<ReceivedUpdate> Delivered => [.. _attempts.Where(a => a.Status is >= 200 and < 300)];

    public async Task HandleAsync(HttpContext context)
    {
        var update = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var secret = context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString();
        var attempt = new ReceivedUpdate(update, secret.Length == 0 ? null : secret);
        attempt.Status = await Respond(attempt);
        _attempts.Enqueue(attempt);
        _arrived.Release();
        context.Response.StatusCode = attempt.Status;
    }

    /// <summary>Waits until <paramref name="count"/> updates were accepted (2xx), or fails after 10 s.</summary>
    public async Task<IReadOnlyList<ReceivedUpdate>> WaitForDeliveredAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Delivered.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }

        return Delivered;
    }
}
