using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Reads the records YCLIENTS changed since the cursor and records each paid one's bonus once.</summary>
public sealed class BonusSync(Features.Loyalty.Sync.BonusSync sync, ILogger<BonusSync> log)
{
    [Function(nameof(BonusSync))]
    public async Task Run([TimerTrigger("%BonusSyncSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogInformation("BonusSync is running late");
        }

        var result = await sync.RunAsync(cancellationToken);
        log.LogInformation("BonusSync read {Records} records, {New} new bonuses", result.Records, result.NewBonuses);
    }
}
