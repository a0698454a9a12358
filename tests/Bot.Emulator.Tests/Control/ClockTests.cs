using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Emulator.Tests.Control;

public sealed class ClockTests
{
    [Fact]
    public void VirtualClock_AddsTheOffsetToTheInnerTime()
    {
        var inner = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var clock = new VirtualClock(inner);

        clock.Advance(TimeSpan.FromMinutes(6));
        inner.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 12, 6, 1, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(6), clock.Offset);
    }

    [Fact]
    public void VirtualClock_RefusesToGoBack()
    {
        var clock = new VirtualClock();

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task ClockAdvance_MovesTheClockAndMessageDates()
    {
        await using var app = await EmulatorApp.StartAsync();

        var answer = await app.PostAsync("/emulator/clock/advance", new { hours = 1, minutes = 6, seconds = 30 });
        await app.UserSaysAsync(42, "later");
        var update = (await app.BotAsync("getUpdates")).Body!["result"]![0]!;

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var now = answer.Body!["now"]!.GetValue<DateTimeOffset>();
        var expected = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(66.5);
        Assert.InRange(now, expected - TimeSpan.FromSeconds(10), expected + TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromMinutes(66.5), app.Services.GetRequiredService<VirtualClock>().Offset);
        Assert.InRange(update["message"]!["date"]!.GetValue<long>(), now.ToUnixTimeSeconds() - 10, now.ToUnixTimeSeconds() + 10);
    }
}
