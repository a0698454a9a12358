using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Helpdesk billing: daily; on the first day of a billing period every client's counter starts over.</summary>
public sealed class BillingDay(Features.Helpdesk.Billing.BillingDay billing, ILogger<BillingDay> log)
{
    [Function(nameof(BillingDay))]
    public async Task Run([TimerTrigger("%BillingDaySchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("BillingDay is running late");
        }

        var told = await billing.RunAsync(cancellationToken);
        log.LogInformation("BillingDay told {Count} clients", told);
    }
}
