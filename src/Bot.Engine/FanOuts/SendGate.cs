using Microsoft.Extensions.Options;

namespace Bot.Engine.FanOuts;

/// <summary>
/// Holds this process's fan-out sends to <c>Broadcasts:PerSecond</c> in any window, at the moment of the Bot API
/// call. <see cref="SendPacer"/> books the slots for all instances, but a slot only makes a command visible on
/// the queue: when processing falls behind (a busy instance, a batch of 16 handled at once), sends whose slots
/// have passed would otherwise leave together, above Telegram's 30 a second, and come back as 429s that all retry
/// after the same second. The gate is a sliding log of the last <see cref="Limit"/> passes: a send passes when
/// fewer than <see cref="Limit"/> passed in the last <see cref="Window"/> (one second at 1/s or more), otherwise
/// it waits until the oldest of them leaves the window. Unlike fixed spacing, a send that came late does not push
/// back the ones after it, so the process keeps the pacer's rate. The wait is short: the sends ahead of it in
/// the process are bounded by the workers' concurrency.
/// Time comes from <see cref="TimeProvider"/> timestamps (monotonic), so tests drive it with a fake clock.
/// </summary>
public sealed class SendGate : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _windowTimestamps;
    private readonly Queue<long> _passed = new();

    public SendGate(TimeProvider time, IOptions<FanOutOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var perSecond = options.Value.PerSecond > 0 ? options.Value.PerSecond : 25;
        Limit = Math.Max(1, (int)Math.Floor(perSecond));
        Window = TimeSpan.FromSeconds(Limit / perSecond);
        _windowTimestamps = (long)Math.Ceiling(Window.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>The most sends of this process in any <see cref="Window"/>.</summary>
    public int Limit { get; }

    /// <summary>One second when the rate is 1/s or more; longer for slower rates (0.5/s: one send in 2 s).</summary>
    public TimeSpan Window { get; }

    /// <summary>Waits for this send's turn.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = _time.GetTimestamp();
            while (_passed.Count > 0 && now - _passed.Peek() >= _windowTimestamps)
            {
                _passed.Dequeue();
            }

            if (_passed.Count >= Limit)
            {
                var free = _passed.Dequeue() + _windowTimestamps;
                await Task.Delay(_time.GetElapsedTime(now, free), _time, ct);
                now = Math.Max(_time.GetTimestamp(), free);
            }

            _passed.Enqueue(now);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
