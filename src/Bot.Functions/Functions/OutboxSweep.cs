using Bot.Engine.Processing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Sends outbox rows older than a minute: what a crash between commit and send left behind.</summary>
public sealed class OutboxSweep(OutboxSweeper sweeper, ILogger<OutboxSweep> log)
{
    [Function(nameof(OutboxSweep))]
    public async Task Run([TimerTrigger("%OutboxSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("OutboxSweep is running late");
        }

        var users = await sweeper.SweepAsync(cancellationToken);
        log.LogInformation("OutboxSweep sent pending rows of {Users} users", users);
    }
}
