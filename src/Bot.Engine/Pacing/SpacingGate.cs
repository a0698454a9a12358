namespace Bot.Engine.Pacing;

/// <summary>
/// Lets callers of one process through at least <see cref="Interval"/> apart, in arrival order: any window of
/// one <see cref="Interval"/> × N holds at most N passes. Used for Telegram fan-out sends (<see
/// cref="FanOuts.SendGate"/>) and for outside APIs with a request rate (YCLIENTS). A caller that comes after a
/// quiet spell passes at once; the others wait (asynchronously) for their turn.
/// Time comes from <see cref="TimeProvider"/> timestamps (monotonic), so tests drive it with a fake clock.
/// System.Threading.RateLimiting's limiters take no TimeProvider, and a token bucket lets rate + 1 into a
/// sliding second.
/// </summary>
public class SpacingGate : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _intervalTimestamps;
    private long _next = long.MinValue;
    private long _passed;

    public SpacingGate(TimeProvider time, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _time = time;
        Interval = interval;
        _intervalTimestamps = (long)Math.Ceiling(interval.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>The least time between two passes.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Callers let through since start.</summary>
    public long Passed => Interlocked.Read(ref _passed);

    /// <summary>Waits for this caller's turn.</summary>
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
            Interlocked.Increment(ref _passed);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }
}
