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
}
