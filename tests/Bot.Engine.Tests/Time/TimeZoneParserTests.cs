using Bot.Engine.Time;

namespace Bot.Engine.Tests.Time;

public sealed class TimeZoneParserTests
{
    [Theory]
    [InlineData("+3", "UTC+03:00")]
    [InlineData("UTC+03:00", "UTC+03:00")]
    [InlineData("utc+3", "UTC+03:00")]
    [InlineData("GMT-5", "UTC-05:00")]
    [InlineData("-5:30", "UTC-05:30")]
    [InlineData("+0545", "UTC+05:45")]
    [InlineData("+14", "UTC+14:00")]
    [InlineData("UTC", "UTC")]
    [InlineData("+0", "UTC")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData(" new york ", "America/New_York")]
    [InlineData("Tokyo", "Asia/Tokyo")]
    [InlineData("Москва", "Europe/Moscow")]
    [InlineData("санкт-петербург", "Europe/Moscow")]
    [InlineData("Екатеринбург", "Asia/Yekaterinburg")]
    [InlineData("Новосибирск", "Asia/Novosibirsk")]
    public void AZoneAnOffsetOrACity_IsRead(string text, string expected)
    {
        Assert.True(TimeZoneParser.TryParse(text, out var id));
        Assert.Equal(expected, id);
        Assert.NotNull(TimeZoneParser.ZoneOrNull(id)); // what is kept can be resolved again
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+15")]
    [InlineData("-13")]
    [InlineData("+3:75")]
    [InlineData("3")]
    [InlineData("Atlantis")]
    [InlineData("Europe/Atlantis")]
    [InlineData("восемь утра")]
    public void AnythingElse_IsRefused(string? text) => Assert.False(TimeZoneParser.TryParse(text, out _));

    [Fact]
    public void AFixedOffset_HasNoDaylightSaving()
    {
        var zone = TimeZoneParser.ZoneOrNull("UTC-05:30")!;
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero), WallClock.ToUtc(new DateOnly(2026, 7, 1), new TimeOnly(8, 0), zone));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 13, 30, 0, TimeSpan.Zero), WallClock.ToUtc(new DateOnly(2026, 1, 1), new TimeOnly(8, 0), zone));
    }
}
