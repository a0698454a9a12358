using Bot.Engine.FanOuts;
using Bot.Tests.Shared;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Tests.FanOuts;

/// <summary>The process's gate for fan-out sends: whatever arrives at once leaves one interval apart.</summary>
public sealed class SendGateTests
{
    [Fact]
    public async Task SendsArrivingTogether_LeaveOneIntervalApart_NeverMoreThanThePaceInASecond()
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
        await WaitUntilAsync(() => Passed(passed) == 1 && time.ShortTimers == 1);
        for (var i = 1; i < Sends; i++)
        {
            time.Advance(gate.Interval - TimeSpan.FromMilliseconds(1));
            await Task.Yield();
            Assert.Equal(i, Passed(passed));
            time.Advance(TimeSpan.FromMilliseconds(1));
            var next = i + 1;
            await WaitUntilAsync(() => Passed(passed) == next && (next == Sends || time.ShortTimers == next));
        }

        await Task.WhenAll(sends);
        Assert.Equal(TimeSpan.FromMilliseconds(250), gate.Interval);
        foreach (var start in passed)
        {
            Assert.True(passed.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)) <= 4);
        }
    }

    [Fact]
    public async Task ASendAfterAQuietSpell_PassesAtOnce()
    {
        var time = new ParkingClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var gate = new SendGate(time, Options.Create(new FanOutOptions { PerSecond = 25 }));

        await gate.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        var second = gate.WaitAsync(CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal(0, time.ShortTimers);
        await second;
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
}
