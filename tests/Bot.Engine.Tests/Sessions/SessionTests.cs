using Bot.Engine.Outbox;
using Bot.Engine.Sessions;

namespace Bot.Engine.Tests.Sessions;

public sealed class SessionTests
{
    [Fact]
    public void RememberKeepsOnlyTheMostRecentKeys()
    {
        var session = new Session { UserId = 1 };
        for (var i = 0; i < Session.RecentKeysKept + 10; i++)
        {
            session = session.Remember("u:" + i);
        }

        Assert.Equal(Session.RecentKeysKept, session.RecentKeys.Count);
        Assert.DoesNotContain("u:9", session.RecentKeys);
        Assert.Contains("u:10", session.RecentKeys);
        Assert.Equal("u:" + (Session.RecentKeysKept + 9), session.RecentKeys[^1]);
    }

    [Fact]
    public void ClearDataDropsOnlyThatFlowsKeys()
    {
        var session = new Session { UserId = 1 }.With("wallet.amount", "100").With("wallet.invoice", "x").With("coach.day", "3");
        Assert.Equal(["coach.day"], session.ClearData("wallet.").Data.Keys);
    }

    [Fact]
    public void TableKeysNeverHoldForbiddenCharacters() =>
        Assert.Equal("l|a_b_c_d_e", UserPartition.LedgerKey("a/b\\c#d?e"));

    [Fact]
    public void CallbackDataOver64BytesIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Button.Callback("x", new string('я', 33)));
        Assert.Equal("ok", Button.Callback("x", "ok").Data);
    }

    [Fact]
    public void SessionRowRoundTrips_KeysWithCommasIncluded()
    {
        var session = new Session
        {
            UserId = 7,
            State = "wallet.amount",
            Locale = "en",
            FirstName = "Anna",
            Roles = ["client", "manager"],
            Balances = System.Collections.Immutable.ImmutableSortedDictionary<string, decimal>.Empty.Add("RUB", 150.50m).Add("points", 25),
            Seq = 12,
        }.With("wallet.amount", "500").Remember("u:1").Remember("c:admin,balance:key").Remember("u:2");

        var back = SessionEntityMapper.FromEntity(SessionEntityMapper.ToEntity(session));

        Assert.Equal(["u:1", "c:admin,balance:key", "u:2"], back.RecentKeys);
        Assert.Equal(150.50m, back.Balance("RUB"));
        Assert.Equal(25, back.Balance("points"));
        Assert.Equal(["client", "manager"], back.Roles);
        Assert.Equal("500", back.Get("wallet.amount"));
        Assert.Equal(("wallet.amount", "en", 12L), (back.State, back.Locale, back.Seq));
    }
}
