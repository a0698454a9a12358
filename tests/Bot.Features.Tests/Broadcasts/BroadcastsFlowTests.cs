using Bot.Engine.FanOuts;
using Bot.Engine.Outbox;
using Bot.Features.Broadcasts;

namespace Bot.Features.Tests.Broadcasts;

public sealed class BroadcastsFlowTests
{
    private static readonly BroadcastContent Text = new("<b>Sale</b>", null, [[new BroadcastButton("Site", "https://example.org")]]);

    [Fact]
    public void ARecipient_GetsTheTextAsHtml_WithItsButtons_CountedOnTheFanOut()
    {
        var harness = new FlowHarness();

        var decision = harness.Run(BroadcastsFlow.Deliver,
            FlowHarness.Internal(BroadcastCommands.Deliver, FanOut.CommandKey("bc-1", FlowHarness.UserId), Text));

        var item = Assert.Single(decision.Outbox);
        Assert.Equal((OutboxKind.SendMessage, "<b>Sale</b>", true, "bc-1"), (item.Kind, item.Text, item.Html, item.FanOutId));
        Assert.Equal("https://example.org", item.Markup!.Inline![0][0].Url);
    }

    [Fact]
    public void APhotoBroadcast_SendsThePhotoWithTheCaption()
    {
        var photo = Text with { Photo = "https://example.org/p.jpg" };

        var decision = new FlowHarness().Run(BroadcastsFlow.Deliver,
            FlowHarness.Internal(BroadcastCommands.Deliver, FanOut.CommandKey("bc-2", FlowHarness.UserId), photo));

        var item = Assert.Single(decision.Outbox);
        Assert.Equal((OutboxKind.SendPhoto, "https://example.org/p.jpg", "<b>Sale</b>", true, "bc-2"), (item.Kind, item.File, item.Text, item.Html, item.FanOutId));
    }

    [Fact]
    public void ACommandThatIsNoFanOuts_SendsNothing()
    {
        var decision = new FlowHarness().Run(BroadcastsFlow.Deliver, FlowHarness.Internal(BroadcastCommands.Deliver, "manual-1", Text));

        Assert.Empty(decision.Outbox);
    }
}
