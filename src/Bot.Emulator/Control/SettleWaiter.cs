using Bot.Emulator.State;

namespace Bot.Emulator.Control;

/// <summary>
/// Waits until the emulator has no update waiting or in delivery and every <see cref="IPipelineMonitor"/>
/// says idle, twice in a row (so work handed from one stage to the next is not missed).
/// </summary>
internal sealed class SettleWaiter(UpdateHub hub, IEnumerable<IPipelineMonitor> monitors)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        var quietInARow = 0;
        while (true)
        {
            quietInARow = await IsIdleAsync(ct) ? quietInARow + 1 : 0;
            if (quietInARow >= 2)
            {
                return true;
            }

            if (TimeProvider.System.GetElapsedTime(started) >= timeout)
            {
                return false;
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    private async Task<bool> IsIdleAsync(CancellationToken ct)
    {
        if (!hub.IsIdle)
        {
            return false;
        }

        foreach (var monitor in monitors)
        {
            if (!await monitor.IsIdleAsync(ct))
            {
                return false;
            }
        }

        return true;
    }
}
