using Bot.Emulator;
using Bot.LocalHost.Queues;
using Bot.LocalHost.Timers;

namespace Bot.LocalHost.Hosting;

/// <summary>Idle when both queue workers are idle, both queues hold no message (visible, in flight or
/// delayed), no timer is due or running and nothing else is in flight: what <c>POST /emulator/settle</c>
/// waits for.</summary>
public sealed class LocalPipelineMonitor(LocalQueues queues, TimerScheduler timers, PipelineActivity activity) : IPipelineMonitor
{
    public async Task<bool> IsIdleAsync(CancellationToken ct)
    {
        if (activity.IsBusy || timers.IsBusy || queues.Workers.Any(w => !w.IsIdle))
        {
            return false;
        }

        foreach (var queue in queues.Queues)
        {
            var properties = await queue.GetPropertiesAsync(ct);
            if (properties.Value.ApproximateMessagesCount > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Waits until idle twice in a row (for hosts without the emulator's settle endpoint).</summary>
    public async Task<bool> WaitIdleAsync(TimeSpan timeout, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        var quiet = 0;
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            quiet = await IsIdleAsync(ct) ? quiet + 1 : 0;
            if (quiet >= 2)
            {
                return true;
            }

            await Task.Delay(50, ct);
        }

        return false;
    }
}
