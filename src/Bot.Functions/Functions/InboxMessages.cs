using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>The body of the two queue functions that run the per-user processor (<see cref="ProcessInbox"/> on
/// "inbox", <see cref="ProcessBulk"/> on "bulk"). A message that cannot be read throws, so the host retries it and
/// moves it to the queue's "-poison" queue after maxDequeueCount.</summary>
internal static class InboxMessages
{
    public static async Task ProcessAsync(InboxProcessor processor, string message, string queue, ILogger log, CancellationToken ct)
    {
        try
        {
            var result = await processor.ProcessAsync(message, ct);
            log.LogInformation("Message on {Queue} {Result}", queue, result);
        }
        catch (InvalidInboxMessageException ex)
        {
            log.LogError(ex, "Unreadable message on {Queue}; it will go to the poison queue after the last retry", queue);
            throw;
        }
    }
}
