using Bot.Engine.FanOuts;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Processing;

/// <summary>The bulk queue's reader: <see cref="FanOutSends"/> (ten recipients or notices of a fan-out) runs each
/// recipient's command through the per-user <see cref="InboxProcessor"/>, at once (the send gate spaces their sends);
/// a single command (as an earlier version queued paced notices) goes to the processor as it is; a
/// <see cref="FanOutStep"/> queues a fan-out's next recipients.</summary>
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

    /// <summary>Every recipient is tried, different users at once, one user's notices in order (a user may have
    /// several in a fan-out of notices); if any failed, the message fails and comes back, and the recipients done
    /// already are skipped then (their command keys were applied).</summary>
    private async Task ProcessSendsAsync(FanOutSends sends, CancellationToken ct)
    {
        var failures = (await Task.WhenAll(sends.Envelopes.GroupBy(e => e.UserId).Select(async user =>
        {
            var failed = new List<Exception>();
            foreach (var envelope in user)
            {
                try
                {
                    await processor.ProcessAsync(envelope, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    log.LogWarning(ex, "Fan-out {FanOutId}: user {UserId} failed; the message will be retried", sends.FanOutId, envelope.UserId);
                    failed.Add(ex);
                }
            }

            return failed;
        }))).SelectMany(f => f).ToList();
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {sends.Count} recipients of fan-out {sends.FanOutId} failed.", failures);
        }
    }
}
