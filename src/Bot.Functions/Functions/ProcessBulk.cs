using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>The same per-user processor as <see cref="ProcessInbox"/>, for commands that are one of many (fan-out
/// recipients, paced notices) on the "bulk" queue: a broadcast's backlog never stands before a user's own message,
/// and on Flex Consumption this function scales on its own.</summary>
public sealed class ProcessBulk(InboxProcessor processor, ILogger<ProcessBulk> log)
{
    [Function(nameof(ProcessBulk))]
    public async Task Run(
        [QueueTrigger(StorageNames.BulkQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await processor.ProcessAsync(message, cancellationToken);
            log.LogInformation("Bulk message {Result}", result);
        }
        catch (InvalidInboxMessageException ex)
        {
            log.LogError(ex, "Unreadable bulk message; it will go to the poison queue after the last retry");
            throw;
        }
    }
}
