using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Runs one user's state machine for one inbox message. A message that cannot be read throws,
/// so the host retries it and moves it to "inbox-poison" after maxDequeueCount.</summary>
public sealed class ProcessInbox(InboxProcessor processor, ILogger<ProcessInbox> log)
{
    [Function(nameof(ProcessInbox))]
    public async Task Run(
        [QueueTrigger(StorageNames.InboxQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await processor.ProcessAsync(message, cancellationToken);
            log.LogInformation("Inbox message {Result}", result);
        }
        catch (InvalidInboxMessageException ex)
        {
            log.LogError(ex, "Unreadable inbox message; it will go to the poison queue after the last retry");
            throw;
        }
    }
}
