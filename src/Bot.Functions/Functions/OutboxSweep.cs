using Bot.Engine.FanOuts;
using Bot.Engine.Processing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>What a crash left behind: sends outbox rows older than a minute (a crash between commit and send), and
/// resumes fan-outs whose next step is overdue (a broadcast's or a bonus sync's starter died, a step was lost).</summary>
public sealed class OutboxSweep(OutboxSweeper sweeper, FanOut fanOut, ILogger<OutboxSweep> log)
{
    [Function(nameof(OutboxSweep))]
    public async Task Run([TimerTrigger("%OutboxSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("OutboxSweep is running late");
        }

        var users = await sweeper.SweepAsync(cancellationToken);
        var resumed = await fanOut.ResumeStalledAsync(cancellationToken);
        log.LogInformation("OutboxSweep sent pending rows of {Users} users and resumed {FanOuts} stalled fan-outs", users, resumed);
    }
}
