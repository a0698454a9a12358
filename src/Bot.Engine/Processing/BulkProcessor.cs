using Bot.Engine.FanOuts;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Processing;

/// <summary>The bulk queue's reader: <see cref="FanOutSends"/> (ten recipients of a fan-out) runs each recipient's
/// command through the per-user <see cref="InboxProcessor"/>, at once (the send gate spaces their sends); a paced
/// notice goes to the processor as it is; a <see cref="FanOutStep"/> queues a fan-out's next recipients.</summary>
public sealed class BulkProcessor(InboxProcessor processor, FanOut fanOut, ILogger<BulkProcessor> log)
{
    public async Task<ProcessResult> ProcessAsync(string queueMessage, CancellationToken ct)
    {
        if (FanOutSends.TryParse(queueMessage) is { } sends)
        {
            await ProcessSendsAsync(sends, ct);
            return ProcessResult.FanOutSends;
        }

        if (FanOutStep.TryParse(queueMessage) is { } step)
        {
            await fanOut.StepAsync(step, ct);
            return ProcessResult.FanOutStep;
        }

        return await processor.ProcessAsync(queueMessage, ct);
    }

    /// <summary>Every recipient is tried; if any failed, the message fails and comes back, and the recipients done
    /// already are skipped then (their command keys were applied).</summary>
    private async Task ProcessSendsAsync(FanOutSends sends, CancellationToken ct)
    {
        var failures = (await Task.WhenAll(sends.Envelopes.Select(async envelope =>
        {
            try
            {
                await processor.ProcessAsync(envelope, ct);
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "Fan-out {FanOutId}: user {UserId} failed; the message will be retried", sends.FanOutId, envelope.UserId);
                return ex;
            }
        }))).OfType<Exception>().ToList();
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {sends.Users.Count} recipients of fan-out {sends.FanOutId} failed.", failures);
        }
    }
}
