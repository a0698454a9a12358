using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Shared;

/// <summary>A fake clock that counts the short one-shot timers created on it (due within a second, no period): the
/// waits a rate gate parks a caller on. Linked into Bot.Engine.Tests and Bot.Features.Tests.</summary>
internal sealed class ParkingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _shortTimers;

    /// <summary>How many short one-shot timers were created so far.</summary>
    public int ShortTimers => Volatile.Read(ref _shortTimers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime <= TimeSpan.FromSeconds(1) && period == Timeout.InfiniteTimeSpan)
        {
            Interlocked.Increment(ref _shortTimers);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
