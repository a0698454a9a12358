using Bot.Emulator.BotApi;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Emulator.Tests.BotApi;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Unlimited_ByDefault()
    {
        var limiter = new RateLimiter(_time);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(limiter.TryAcquire(1, out _)));
    }

    [Fact]
    public void PerChat_TheWindowSlides_AfterOneSecondTheChatMaySendAgain()
    {
        var limiter = new RateLimiter(_time);
        limiter.SetLimits(null, 2);

        Assert.True(limiter.TryAcquire(1, out _));
        _time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(limiter.TryAcquire(1, out _));
        Assert.False(limiter.TryAcquire(1, out var retryAfter));
        Assert.Equal(1, retryAfter);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(limiter.TryAcquire(1, out _));
        Assert.False(limiter.TryAcquire(1, out _));
    }

    [Fact]
    public void Global_CountsEveryChat_AndARefusedCallDoesNotCount()
    {
        var limiter = new RateLimiter(_time);
        limiter.SetLimits(2, null);

        Assert.True(limiter.TryAcquire(1, out _));
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(limiter.TryAcquire(2, out _));
        Assert.False(limiter.TryAcquire(null, out _));
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(limiter.TryAcquire(3, out _));
    }
}
