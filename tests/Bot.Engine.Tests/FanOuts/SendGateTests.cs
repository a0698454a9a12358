using Bot.Engine.FanOuts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Engine.Tests.FanOuts;

/// <summary>The process's gate for fan-out sends: never more than the pace in any window, whatever arrives at once.</summary>
public sealed class SendGateTests
{
    [Fact]
    public async Task SendsArrivingTogether_PassAtMostThePaceInAnyWindow()
    {
        var time = new ParkingClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var gate = new SendGate(time, Options.Create(new FanOutOptions { PerSecond = 4 }));
        var passed = new List<DateTimeOffset>();
        const int Sends = 10;

        // Ten sends whose slots have all passed arrive at the same instant (a backlog handled at once).
        var sends = Enumerable.Range(0, Sends).Select(async _ =>
        {
            await gate.WaitAsync(CancellationToken.None);
            lock (passed)
            {
                passed.Add(time.GetUtcNow());
            }
        }).ToList();

        // The clock moves only while the next send is parked on its timer, so no move is lost to a late waiter.
        await WaitUntilAsync(() => Passed(passed) == 4 && time.ShortTimers == 1);
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Yield();
        Assert.Equal(4, Passed(passed));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntilAsync(() => Passed(passed) == 8 && time.ShortTimers == 2);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends);

        Assert.Equal((4, TimeSpan.FromSeconds(1)), (gate.Limit, gate.Window));
        Assert.Equal(Sends, passed.Count);
        foreach (var start in passed)
        {
            Assert.True(passed.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)) <= 4);
        }
    }

    [Fact]
    public async Task ALateSend_DoesNotHoldBackTheOnesAfterIt_WhileTheWindowHasRoom()
    {
        var time = new ParkingClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var gate = new SendGate(time, Options.Create(new FanOutOptions { PerSecond = 4 }));

        await gate.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(600));
        await gate.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(100));
        var third = gate.WaitAsync(CancellationToken.None);
        var fourth = gate.WaitAsync(CancellationToken.None);
        Assert.True(third.IsCompletedSuccessfully && fourth.IsCompletedSuccessfully);

        // The fifth waits for the first to leave the window: 300 ms more.
        var fifth = gate.WaitAsync(CancellationToken.None);
        await WaitUntilAsync(() => time.ShortTimers == 1);
        time.Advance(TimeSpan.FromMilliseconds(299));
        await Task.Yield();
        Assert.False(fifth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await fifth.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ARateBelowOneASecond_IsOneSendPerItsLongerWindow()
    {
        using var gate = new SendGate(TimeProvider.System, Options.Create(new FanOutOptions { PerSecond = 0.5 }));

        Assert.Equal((1, TimeSpan.FromSeconds(2)), (gate.Limit, gate.Window));
    }

    private static int Passed(List<DateTimeOffset> passed)
    {
        lock (passed)
        {
            return passed.Count;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    /// <summary>A fake clock that counts the short one-shot timers created on it: the gate's waits.</summary>
    private sealed class ParkingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _shortTimers;

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
}
