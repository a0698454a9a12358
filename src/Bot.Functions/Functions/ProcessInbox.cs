using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Runs one user's state machine for one inbox message (users' own updates and single commands).
/// A message that cannot be read throws, so the host retries it and moves it to "inbox-poison".</summary>
public sealed class ProcessInbox(InboxProcessor processor, ILogger<ProcessInbox> log)
{
    [Function(nameof(ProcessInbox))]
    public Task Run(
        [QueueTrigger(StorageNames.InboxQueue, Connection = StorageNames.ConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        InboxMessages.ProcessAsync(processor.ProcessAsync, message, StorageNames.InboxQueue, log, cancellationToken);
}
