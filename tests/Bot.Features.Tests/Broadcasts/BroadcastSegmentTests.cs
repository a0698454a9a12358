using Bot.Engine;
using Bot.Engine.Sessions;
using Bot.Features.Broadcasts;

namespace Bot.Features.Tests.Broadcasts;

public sealed class BroadcastSegmentTests
{
    private static readonly string[] Flows = ["menu", "wallet"];
    private static readonly BotOptions Bot = new() { AdminUserIds = "7" };

    [Theory]
    [InlineData(null, "all")]
    [InlineData("", "all")]
    [InlineData(" ALL ", "all")]
    [InlineData("flow:wallet", "flow:wallet")]
    [InlineData("Flow: Wallet", "flow:wallet")]
    [InlineData("role:contractor", "role:contractor")]
    [InlineData("locale:en", "locale:en")]
    public void KnownSegments_Parse(string? text, string parsed) =>
        Assert.Equal(parsed, BroadcastSegment.Parse(text, Flows).Segment?.ToString());

    [Theory]
    [InlineData("flow:", "unknown flow ''")]
    [InlineData("role", "unknown role ''")]
    [InlineData("everyone", "unknown segment 'everyone'")]
    public void UnknownSegments_SayWhatExists(string text, string reason)
    {
        var (segment, error) = BroadcastSegment.Parse(text, Flows);

        Assert.Null(segment);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_ReadsFlowsRolesLocaleAndAdminIds()
    {
        var walletUser = new Session { UserId = 1, Flows = ["menu", "wallet"], Locale = "ru" };
        var contractor = new Session { UserId = 2, Roles = ["contractor"], Locale = "en" };
        var admin = new Session { UserId = 7 };

        Assert.True(new BroadcastSegment("flow", "wallet").Matches(walletUser, Bot));
        Assert.False(new BroadcastSegment("flow", "wallet").Matches(contractor, Bot));
        Assert.True(new BroadcastSegment("role", "contractor").Matches(contractor, Bot));
        Assert.False(new BroadcastSegment("role", "contractor").Matches(walletUser, Bot));
        Assert.True(new BroadcastSegment("role", "admin").Matches(admin, Bot));
        Assert.True(new BroadcastSegment("locale", "en").Matches(contractor, Bot));
        Assert.False(new BroadcastSegment("locale", "en").Matches(walletUser, Bot));
        Assert.True(BroadcastSegment.Everyone.Matches(admin, Bot));
    }
}
