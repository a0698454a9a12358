using Bot.Engine.Effects;
using Bot.Engine.FanOuts;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using System.Text.Json;

namespace Bot.Engine.Tests.Routing;

public sealed class DecisionMessageIdTests
{
    private static Decision Decide(Session? session = null) => new() { Session = session ?? new Session { UserId = 7 } };

    [Fact]
    public void Reply_WithKeepIdAs_AsksToKeepTheIdInTheSession()
    {
        var item = Decide().Reply("hi", keepIdAs: "wallet.prompt").Outbox.Single();
        Assert.Equal(new KeepMessageId("wallet.prompt"), item.KeepId);
        Assert.Null(Decide().Reply("hi").Outbox.Single().KeepId);
    }

    [Fact]
    public void SendTo_CanHandTheIdToAnEffect()
    {
        var keep = KeepMessageId.ForEffect("helpdesk.copy-sent", new { OrderId = "o1" });
        var item = Decide().SendTo(99, "new order", keepId: keep).Outbox.Single();
        Assert.Equal(99, item.ChatId);
        Assert.Equal("helpdesk.copy-sent", item.KeepId?.Effect);
        Assert.Equal("o1", item.KeepId?.Payload?.GetProperty("orderId").GetString());
    }

    [Fact]
    public void ClearKeptButtons_ClearsTheKeptMessageAndForgetsIt()
    {
        var d = Decide(new Session { UserId = 7 }.With("k", "123")).ClearKeptButtons("k");
        var edit = d.Outbox.Single();
        Assert.Equal(OutboxKind.EditReplyMarkup, edit.Kind);
        Assert.Equal(123, edit.MessageId);
        Assert.Null(edit.Markup);
        Assert.Null(d.Session.Get("k"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a number")]
    public void ClearKeptButtons_WithNothingKept_SendsNothing(string? kept)
    {
        var d = Decide(new Session { UserId = 7 }.With("k", kept)).ClearKeptButtons("k");
        Assert.Empty(d.Outbox);
        Assert.Null(d.Session.Get("k"));
    }

    [Fact]
    public void Deliver_MarksTheSendWithItsFanOut_AndSkipCountsWithoutSending()
    {
        Assert.Equal("b1", Decide().Deliver("b1", "news").Outbox.Single().FanOutId);

        var skip = Decide().SkipFanOut("b1").Outbox.Single();
        Assert.Equal(EngineEffects.FanOutOutcome, skip.Effect);
        Assert.Equal(FanOutOutcome.Skipped, skip.Payload!.Value.Deserialize<FanOutOutcomeRequest>(EngineJson.Options)!.Outcome);
    }
}
