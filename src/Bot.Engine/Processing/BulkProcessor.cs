using Bot.Engine.FanOuts;

namespace Bot.Engine.Processing;

/// <summary>The bulk queue's reader: a fan-out recipient's command or a paced notice goes to the per-user
/// <see cref="InboxProcessor"/>; a <see cref="FanOutStep"/> queues a fan-out's next recipients.</summary>
public sealed class BulkProcessor(InboxProcessor processor, FanOut fanOut)
{
    public async Task<ProcessResult> ProcessAsync(string queueMessage, CancellationToken ct)
    {
        if (FanOutStep.TryParse(queueMessage) is { } step)
        {
            await fanOut.StepAsync(step, ct);
            return ProcessResult.FanOutStep;
        }

        return await processor.ProcessAsync(queueMessage, ct);
    }
}
