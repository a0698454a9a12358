using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>The body of the two queue functions that run the per-user processor (<see cref="ProcessInbox"/> on
/// "inbox", <see cref="ProcessBulk"/> on "bulk", which also carries fan-out steps). A message that cannot be read throws, so the host retries it and
/// moves it to the queue's "-poison" queue after maxDequeueCount.</summary>
internal static class InboxMessages
{
    public static async Task ProcessAsync(
        Func<string, CancellationToken, Task<ProcessResult>> process, string message, string queue, ILogger log, CancellationToken ct)
    {
        try
        {
            var result = await process(message, ct);
            log.LogInformation("Message on {Queue} {Result}", queue, result);
        }
        catch (InvalidInboxMessageException ex)
        {
            log.LogError(ex, "Unreadable message on {Queue}; it will go to the poison queue after the last retry", queue);
            throw;
        }
    }
}
