using Bot.Features.Wallet;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Asks the payment provider about every open invoice and tells their owners what changed;
/// declares invoices past their lifetime expired after one last check.</summary>
public sealed class PaymentPolling(PaymentPoller poller, ILogger<PaymentPolling> log)
{
    [Function(nameof(PaymentPolling))]
    public async Task Run([TimerTrigger("%PaymentPollingSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("PaymentPolling is running late");
        }

        var sent = await poller.PollAsync(cancellationToken);
        log.LogInformation("PaymentPolling sent {Count} payment statuses", sent);
    }
}
