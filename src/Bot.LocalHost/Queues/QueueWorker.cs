using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Queues;

/// <summary>Runs a queue function locally the way the Functions host does: receive in batches, handle
/// concurrently, delete on success, make visible again after <see cref="QueueWorkerOptions.RetryDelay"/>
/// on failure, and move to "{queue}-poison" after <see cref="QueueWorkerOptions.MaxDequeueCount"/> tries.</summary>
public sealed class QueueWorker(
    string name,
    QueueClient queue,
    QueueClient poison,
    Func<string, CancellationToken, Task> handler,
    QueueWorkerOptions options,
    ILogger log)
{
    private int _inFlight;
    private int _lastReceiveEmpty;

    public string Name { get; } = name;

    /// <summary>True when the last poll found nothing and nothing is being handled.</summary>
    public bool IsIdle => Volatile.Read(ref _inFlight) == 0 && Volatile.Read(ref _lastReceiveEmpty) == 1;

    public async Task RunAsync(CancellationToken ct)
    {
        var idleDelay = TimeSpan.FromMilliseconds(20);
        var running = new List<Task>();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                running.RemoveAll(t => t.IsCompleted);
                var free = options.Concurrency - running.Count;
                if (free <= 0)
                {
                    await Task.WhenAny(running);
                    continue;
                }

                QueueMessage[] messages = await queue.ReceiveMessagesAsync(Math.Min(free, 32), options.VisibilityTimeout, ct);
                if (messages.Length == 0)
                {
                    Volatile.Write(ref _lastReceiveEmpty, 1);
                    await Task.Delay(idleDelay, ct);
                    idleDelay = TimeSpan.FromMilliseconds(Math.Min(idleDelay.TotalMilliseconds * 2, options.MaxPollingInterval.TotalMilliseconds));
                    continue;
                }

                Volatile.Write(ref _lastReceiveEmpty, 0);
                idleDelay = TimeSpan.FromMilliseconds(20);
                foreach (var message in messages)
                {
                    Interlocked.Increment(ref _inFlight);
                    running.Add(HandleAsync(message, ct));
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Queue {Queue} poll failed; retrying", Name);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }

        await Task.WhenAll(running);
    }

    /// <summary>Moves a message whose bytes cannot even be decoded straight to the poison queue.</summary>
    public async Task OnDecodingFailedAsync(QueueMessage? message)
    {
        if (message is null)
        {
            return;
        }

        log.LogError("Message {MessageId} on {Queue} cannot be decoded; moved to the poison queue", message.MessageId, Name);
        await poison.SendMessageAsync(message.Body);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken ct)
    {
        try
        {
            try
            {
                await handler(message.Body.ToString(), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Shutting down: the message becomes visible again by itself.
                return;
            }
            catch (Exception ex)
            {
                await FailAsync(message, ex);
                return;
            }

            await DeleteAsync(message);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>A failed delete after a successful run is not a failed run: the message was handled (the
    /// SDK may even have retried a delete that had already succeeded, which answers 404). If it does come
    /// back, the handlers' idempotency makes the repeat harmless.</summary>
    private async Task DeleteAsync(QueueMessage message)
    {
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Message {MessageId} on {Queue} was handled but not deleted; it reappears after {Timeout} and is skipped as a duplicate",
                message.MessageId, Name, options.VisibilityTimeout);
        }
    }

    private async Task FailAsync(QueueMessage message, Exception ex)
    {
        try
        {
            if (message.DequeueCount >= options.MaxDequeueCount)
            {
                log.LogError(ex, "Message {MessageId} on {Queue} failed {Count} times; moved to the poison queue",
                    message.MessageId, Name, message.DequeueCount);
                await poison.SendMessageAsync(message.Body);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
            else
            {
                log.LogWarning(ex, "Message {MessageId} on {Queue} failed (attempt {Count}); retried in {Delay}",
                    message.MessageId, Name, message.DequeueCount, options.RetryDelay);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.RetryDelay);
            }
        }
        catch (Exception inner)
        {
            log.LogError(inner, "Could not return message {MessageId} to {Queue}; it reappears after its visibility timeout", message.MessageId, Name);
        }
    }
}
