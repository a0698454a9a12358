using Bot.Engine.Sessions;
using Bot.Engine.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Tests.Time;

public sealed class UserTimeZonesTests
{
    private sealed class CountingLogger : ILogger<UserTimeZones>
    {
        public List<(LogLevel Level, string Message)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }

    private static UserTimeZones Zones(CountingLogger log, string defaultZone = "Europe/Moscow") =>
        new(Options.Create(new BotOptions { DefaultTimeZone = defaultZone }), log);

    private static Session User(string? zone) => new() { UserId = 1, TimeZone = zone };

    [Fact]
    public void AUserWithoutAZone_GetsTheDefault()
    {
        var zones = Zones(new CountingLogger(), "Asia/Tokyo");
        Assert.Equal("Asia/Tokyo", zones.For(User(null)).Id);
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero), zones.ToUtc(User(null), new DateOnly(2026, 1, 15), new TimeOnly(8, 0)));
    }

    [Fact]
    public void AUsersOwnZone_IsUsed()
    {
        var zones = Zones(new CountingLogger());
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 6, 0, 0, TimeSpan.Zero), zones.ToUtc(User("Europe/Berlin"), new DateOnly(2026, 7, 15), new TimeOnly(8, 0)));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 5, 0, 0, TimeSpan.Zero), zones.ToUtc(User("UTC+03:00"), new DateOnly(2026, 7, 15), new TimeOnly(8, 0)));
    }

    [Fact]
    public void AnUnknownZone_FallsBackToTheDefault_AndIsLoggedOnceNotPerUpdate()
    {
        var log = new CountingLogger();
        var zones = Zones(log);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Europe/Moscow", zones.For(User("Mars/Olympus_Mons")).Id);
        }

        var warning = Assert.Single(log.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("Mars/Olympus_Mons", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDefault_IsReportedAndMoscowIsUsed()
    {
        var log = new CountingLogger();
        var zones = Zones(log, "Nowhere/At_All");

        Assert.Equal(UserTimeZones.FallbackZoneId, zones.DefaultId);
        Assert.Single(log.Lines, l => l.Level == LogLevel.Error);
    }

    [Fact]
    public void TodayAndLocalAt_AreTheUsersWallClock()
    {
        var zones = Zones(new CountingLogger());
        var at = new DateTimeOffset(2026, 1, 15, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 1, 16), zones.Today(User(null), at)); // 01:30 in Moscow
        Assert.Equal(new DateTime(2026, 1, 16, 1, 30, 0), zones.LocalAt(User(null), at));
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 5, 0, 0, TimeSpan.Zero), zones.NextOccurrence(User(null), new TimeOnly(8, 0), at));
    }
}
