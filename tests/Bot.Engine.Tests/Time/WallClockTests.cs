using Bot.Engine.Time;
using NodaTime;

namespace Bot.Engine.Tests.Time;

public sealed class WallClockTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void EightInBerlin_IsSevenUtcInWinter_AndSixUtcInSummer()
    {
        Assert.Equal(Utc(2026, 1, 15, 7), WallClock.ToUtc(new DateOnly(2026, 1, 15), new TimeOnly(8, 0), Berlin));
        Assert.Equal(Utc(2026, 7, 15, 6), WallClock.ToUtc(new DateOnly(2026, 7, 15), new TimeOnly(8, 0), Berlin));
    }

    [Fact]
    public void EightInNewYork_FollowsDaylightSavingOnTheDayItStarts()
    {
        // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT.
        Assert.Equal(Utc(2026, 3, 7, 13), WallClock.ToUtc(new DateOnly(2026, 3, 7), new TimeOnly(8, 0), NewYork));
        Assert.Equal(Utc(2026, 3, 8, 12), WallClock.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(8, 0), NewYork));
    }

    [Fact]
    public void ALocalTimeInTheSpringGap_IsTheFirstInstantAfterIt()
    {
        // 2026-03-29 in Berlin: 02:00 CET jumps to 03:00 CEST (01:00 UTC); 02:30 does not exist.
        Assert.Equal(Utc(2026, 3, 29, 1), WallClock.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin));
    }

    [Fact]
    public void ALocalTimeThatHappensTwiceInAutumn_IsTheFirstOccurrence()
    {
        // 2026-10-25 in Berlin: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30 and 01:30 UTC.
        Assert.Equal(Utc(2026, 10, 25, 0, 30), WallClock.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin));
    }

    [Theory]
    [InlineData(2026, 1, 15)]
    [InlineData(2026, 7, 15)]
    [InlineData(2026, 3, 29)]
    public void ZonesWithoutDaylightSaving_KeepOneOffsetAllYear(int y, int m, int d)
    {
        var date = new DateOnly(y, m, d);
        Assert.Equal(Utc(y, m, d, 5), WallClock.ToUtc(date, new TimeOnly(8, 0), Moscow));
        Assert.Equal(Utc(y, m, d, 8).AddDays(-1).AddHours(15), WallClock.ToUtc(date, new TimeOnly(8, 0), Tokyo)); // 23:00 UTC the day before
    }

    [Fact]
    public void NextOccurrence_IsLaterTodayWhenTheTimeIsStillAhead() =>
        Assert.Equal(Utc(2026, 1, 15, 7), WallClock.NextOccurrence(new TimeOnly(8, 0), Utc(2026, 1, 15, 6, 59), Berlin));

    [Fact]
    public void NextOccurrence_IsStrictlyAfter_SoAtTheTimeItselfItIsTomorrow() =>
        Assert.Equal(Utc(2026, 1, 16, 7), WallClock.NextOccurrence(new TimeOnly(8, 0), Utc(2026, 1, 15, 7), Berlin));

    [Fact]
    public void NextOccurrence_AcrossTheSpringChange_MovesOneHourEarlierInUtc()
    {
        // Saturday 08:30 CET; the next 08:00 is Sunday, already CEST.
        var next = WallClock.NextOccurrence(new TimeOnly(8, 0), Utc(2026, 3, 28, 7, 30), Berlin);
        Assert.Equal(Utc(2026, 3, 29, 6), next);
    }

    [Fact]
    public void NextOccurrence_InTokyo_UsesTokyosDate()
    {
        // 2026-01-15 22:00 UTC is 07:00 on the 16th in Tokyo: 08:00 there is an hour away.
        Assert.Equal(Utc(2026, 1, 15, 23), WallClock.NextOccurrence(new TimeOnly(8, 0), Utc(2026, 1, 15, 22), Tokyo));
    }

    [Fact]
    public void DateAt_IsTheLocalDate() =>
        Assert.Equal(new DateOnly(2026, 1, 16), WallClock.DateAt(Utc(2026, 1, 15, 22), Tokyo));
}
