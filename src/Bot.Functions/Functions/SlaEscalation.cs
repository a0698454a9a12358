using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Helpdesk SLA: every minute, the open orders past a threshold are widened to every contractor or
/// reported to the managers, once per order and threshold.</summary>
public sealed class SlaEscalation(Features.Helpdesk.Sla.SlaEscalation escalation, ILogger<SlaEscalation> log)
{
    [Function(nameof(SlaEscalation))]
    public async Task Run([TimerTrigger("%SlaEscalationSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("SlaEscalation is running late");
        }

        var acted = await escalation.RunAsync(cancellationToken);
        log.LogInformation("SlaEscalation acted on {Count} thresholds", acted);
    }
}
