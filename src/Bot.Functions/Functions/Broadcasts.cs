using Bot.Features.Broadcasts;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Starts due broadcasts, restarts starts that died early and records finished ones' counts (a fan-out
/// stalled half-way is the OutboxSweep timer's; safe when late,
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
        log.LogInformation("Broadcasts started or restarted {Count} broadcasts", started);
    }
}
