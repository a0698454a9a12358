using Microsoft.Extensions.Options;

namespace Bot.Engine.FanOuts;

/// <summary>
/// Spaces this process's fan-out sends at least 1/<c>Broadcasts:PerSecond</c> apart, at the moment of the Bot
/// API call. <see cref="SendPacer"/> books the slots for all instances, but a slot only makes a command visible
/// on the queue: when processing falls behind (a busy instance, a batch of 16 handled at once), sends whose slots
/// have passed would otherwise leave together, above Telegram's 30 a second, and come back as 429s that all
/// retry after the same second. The wait is short by construction: at most one interval per send ahead of this
/// one in the process, and those are bounded by the workers' concurrency.
/// Time comes from <see cref="TimeProvider"/> timestamps (monotonic), so tests drive it with a fake clock.
/// </summary>
public sealed class SendGate : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _intervalTimestamps;
    private long _next = long.MinValue;

    public SendGate(TimeProvider time, IOptions<FanOutOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        Interval = options.Value.Interval;
        _intervalTimestamps = (long)Math.Ceiling(Interval.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>The least time between two fan-out sends of this process.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Waits for this send's turn.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = _time.GetTimestamp();
            if (now < _next)
            {
                await Task.Delay(_time.GetElapsedTime(now, _next), _time, ct);
                now = Math.Max(_time.GetTimestamp(), _next);
            }

            _next = now + _intervalTimestamps;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
