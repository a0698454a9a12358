using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>The same per-user processor as <see cref="ProcessInbox"/>, for commands that are one of many (fan-out
/// recipients, paced notices) on the "bulk" queue, which also carries the fan-outs' steps (<see cref="BulkProcessor"/>): a broadcast's backlog never stands before a user's own message,
/// and on Flex Consumption this function scales on its own.</summary>
public sealed class ProcessBulk(BulkProcessor processor, ILogger<ProcessBulk> log)
{
    [Function(nameof(ProcessBulk))]
    public Task Run(
        [QueueTrigger(StorageNames.BulkQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        InboxMessages.ProcessAsync(processor.ProcessAsync, message, StorageNames.BulkQueue, log, cancellationToken);
}
