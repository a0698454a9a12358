using Bot.Engine.Ledger;
using Bot.Engine.Sessions;

namespace Bot.Engine.Tests.Sessions;

public sealed class SessionTimeAndPostingsTests
{
    private static LedgerEntry Entry(int i) =>
        new(7, new Posting(Currencies.Points, i, "k" + i, "reason " + i), i * 10, DateTimeOffset.UnixEpoch.AddMinutes(i));

    [Fact]
    public void OnlyTheLastFivePostingsAreKept_NewestLast()
    {
        var session = new Session { UserId = 7 }.WithPostings([Entry(1), Entry(2), Entry(3)]).WithPostings([Entry(4), Entry(5), Entry(6), Entry(7)]);

        Assert.Equal(["reason 3", "reason 4", "reason 5", "reason 6", "reason 7"], session.RecentPostings.Select(p => p.Reason));
        Assert.Equal(70, session.RecentPostings[^1].BalanceAfter);
    }

    [Fact]
    public void TimeZoneAndPostings_SurviveTheSessionRow()
    {
        var session = new Session { UserId = 7, TimeZone = "Europe/Berlin" }.WithPostings([Entry(1), Entry(2)]);

        var back = SessionEntityMapper.FromEntity(SessionEntityMapper.ToEntity(session));

        Assert.Equal("Europe/Berlin", back.TimeZone);
        Assert.Equal(session.RecentPostings, back.RecentPostings);
    }

    [Fact]
    public void AnOldRowWithoutTheNewColumns_ReadsAsNoZoneAndNoPostings()
    {
        var entity = SessionEntityMapper.ToEntity(new Session { UserId = 7 });
        entity.Remove("TimeZone");
        entity.Remove("Postings");

        var back = SessionEntityMapper.FromEntity(entity);

        Assert.Null(back.TimeZone);
        Assert.Empty(back.RecentPostings);
    }
}
