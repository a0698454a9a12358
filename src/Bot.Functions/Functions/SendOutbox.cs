using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Sends what is pending for one user: after Telegram's retry_after, or a transient failure.</summary>
public sealed class SendOutbox(OutboxDrainer drainer, ILogger<SendOutbox> log)
{
    [Function(nameof(SendOutbox))]
    public async Task Run(
        [QueueTrigger(StorageNames.OutboxQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        await drainer.DrainAsync(message, cancellationToken);
        log.LogInformation("Outbox message handled");
    }
}
