using Bot.Engine.Schedules;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Delivers scheduled commands (reminders, "new day" starts, any future command) that are due.</summary>
public sealed class Reminders(ScheduleStore schedules, ILogger<Reminders> log)
{
    [Function(nameof(Reminders))]
    public async Task Run([TimerTrigger("%RemindersSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("Reminders is running late");
        }

        var delivered = await schedules.DispatchDueAsync(cancellationToken);
        log.LogInformation("Reminders delivered {Count} commands", delivered);
    }
}
