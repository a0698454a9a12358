using Bot.Features.Broadcasts;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Starts due broadcasts, resumes stalled ones and records finished ones' counts (safe when late,
/// repeated or overlapping: a conditional status change picks one starter).</summary>
public sealed class Broadcasts(Broadcaster broadcaster, ILogger<Broadcasts> log)
{
    [Function(nameof(Broadcasts))]
    public async Task Run([TimerTrigger("%BroadcastsSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("Broadcasts is running late");
        }

        var started = await broadcaster.RunDueAsync(cancellationToken);
        log.LogInformation("Broadcasts started or resumed {Count} broadcasts", started);
    }
}
