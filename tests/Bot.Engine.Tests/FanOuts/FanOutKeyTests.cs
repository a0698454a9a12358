using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;

namespace Bot.Engine.Tests.FanOuts;

public sealed class FanOutKeyTests
{
    [Fact]
    public void CommandKey_NamesTheFanOutAndTheUser_AndTheInputKnowsItsFanOut()
    {
        var key = FanOut.CommandKey("bc-2026_12", 4242);
        Assert.Equal("fanout:bc-2026_12:4242", key);
        Assert.Equal("bc-2026_12", FanOut.IdOf(key));
        Assert.Equal("bc-2026_12", new Input { Kind = InputKind.Internal, Internal = new InternalCommand("x", key) }.FanOutId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wallet.created:1")]
    [InlineData("fanout:")]
    [InlineData("fanout::5")]
    public void IdOf_AnythingElse_IsNull(string? key) => Assert.Null(FanOut.IdOf(key));

    [Theory]
    [InlineData("b1", true)]
    [InlineData("", false)]
    [InlineData("a:b", false)]
    [InlineData("a/b", false)]
    [InlineData("ü", false)]
    public void IsValidId_LettersDigitsDashUnderscore(string id, bool valid) => Assert.Equal(valid, FanOut.IsValidId(id));

    [Fact]
    public void IsValidId_RefusesMoreThan64Characters()
    {
        Assert.True(FanOut.IsValidId(new string('a', 64)));
        Assert.False(FanOut.IsValidId(new string('a', 65)));
    }

    [Fact]
    public void PacedSlots_AreIntervalApart()
    {
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var slots = new PacedSlots(start, 25, new FanOutOptions { PerSecond = 25 }.Interval);
        Assert.Equal(start.AddMilliseconds(40), slots[1]);
        Assert.Equal(start.AddSeconds(1), slots.End);
    }

    [Theory]
    [InlineData(0, 0, 0, false, "done")]
    [InlineData(10, 10, 9, false, "sending")]
    [InlineData(10, 5, 5, false, "sending")]
    [InlineData(10, 10, 10, false, "done")]
    [InlineData(10, 4, 4, true, "cancelled")]
    public void Progress_IsFinishedWhenEveryEnqueuedRecipientIsCounted(int total, int enqueued, int counted, bool cancelled, string status)
    {
        var p = new FanOutProgress("f", total, enqueued, counted, 0, 0, 0, cancelled, DateTimeOffset.UnixEpoch, null);
        Assert.Equal(status, p.Status);
        Assert.Equal(status != "sending", p.Finished);
    }

    [Theory]
    [InlineData(10, 5, false, 119, false)]
    [InlineData(10, 5, false, 121, true)]
    [InlineData(10, 10, false, 600, false)]
    [InlineData(10, 5, true, 600, false)]
    public void Progress_IsStalledWhenItsNextStepIsTwoMinutesOverdue(int total, int enqueued, bool cancelled, int secondsLate, bool stalled)
    {
        var due = DateTimeOffset.UnixEpoch.AddHours(1);
        var p = new FanOutProgress("f", total, enqueued, 0, 0, 0, 0, cancelled, DateTimeOffset.UnixEpoch, null, due);
        Assert.Equal(stalled, p.IsStalled(due.AddSeconds(secondsLate)));

        // No step ever scheduled (the start died in its first window): counted from the start.
        Assert.Equal(stalled, (p with { NextStepAt = null, StartedAt = due }).IsStalled(due.AddSeconds(secondsLate)));
    }

    [Fact]
    public void AStep_RoundTripsThroughItsQueueMessage_AndAUsersCommandIsNoStep()
    {
        var step = new FanOutStep("bc-1", 300);
        Assert.Equal("{\"fanOut\":\"bc-1\",\"from\":300}", step.Serialize());
        Assert.Equal(step, FanOutStep.TryParse(step.Serialize()));

        Assert.Null(FanOutStep.TryParse(InboxEnvelope.ForCommand(7, new InternalCommand("x", FanOut.CommandKey("bc-1", 7))).Serialize()));
        Assert.Null(FanOutStep.TryParse("{\"fanOut\":\"bc-1\",\"from\":-1}"));
        Assert.Null(FanOutStep.TryParse("{\"fanOut\":\"bc-1\""));
        Assert.Null(FanOutStep.TryParse("not json"));
    }

    [Fact]
    public void SeveralSends_RoundTripThroughTheirQueueMessage_AndGiveEachRecipientItsKey()
    {
        var sends = new FanOutSends("bc-1", [7, 8], FanOutCommand.Create("broadcast.deliver", new { text = "hi" }));
        var parsed = FanOutSends.TryParse(sends.Serialize());

        Assert.NotNull(parsed);
        Assert.StartsWith("{\"fanOutSends\":\"bc-1\"", sends.Serialize(), StringComparison.Ordinal);
        Assert.Equal(
            [(7L, "fanout:bc-1:7", "broadcast.deliver", "{\"text\":\"hi\"}"), (8L, "fanout:bc-1:8", "broadcast.deliver", "{\"text\":\"hi\"}")],
            parsed.Envelopes.Select(e => (e.UserId, e.Command!.Key, e.Command.Name, e.Command.Payload!.Value.GetRawText())));
        Assert.Null(FanOutSends.TryParse(new FanOutStep("bc-1", 0).Serialize()));
        Assert.Null(FanOutStep.TryParse(sends.Serialize()));
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":\"bc-1\",\"users\":[],\"cmd\":{\"name\":\"x\"}}"));
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":\"bc-1\",\"users\":[0],\"cmd\":{\"name\":\"x\"}}"));
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":"));
    }

    [Fact]
    public void Notices_RoundTripThroughTheirQueueMessage_EachItsOwnCommand_Paced()
    {
        var sends = FanOutSends.Of("loyalty-1", [
            new FanOutNotice(7, InternalCommand.Create("loyalty.bonus", "loyalty:bonus:1", new { points = 5 })),
            new FanOutNotice(7, InternalCommand.Create("loyalty.bonus", "loyalty:bonus:2", new { points = 6 })),
            new FanOutNotice(8, new InternalCommand("loyalty.adjusted", "loyalty:adj:x")),
        ]);
        var parsed = FanOutSends.TryParse(sends.Serialize());

        Assert.NotNull(parsed);
        Assert.Equal(3, parsed.Count);
        Assert.Equal(
            [(7L, "loyalty:bonus:1", "{\"points\":5}", true), (7L, "loyalty:bonus:2", "{\"points\":6}", true), (8L, "loyalty:adj:x", "", true)],
            parsed.Envelopes.Select(e => (e.UserId, e.Command!.Key, e.Command.Payload?.GetRawText() ?? "", e.Paced)));
        Assert.Contains("\"paced\":true", parsed.Envelopes.First().Serialize(), StringComparison.Ordinal);
        Assert.DoesNotContain("paced", InboxEnvelope.ForCommand(7, new InternalCommand("x", "k")).Serialize(), StringComparison.Ordinal);
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":\"l-1\",\"notices\":[]}"));
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":\"l-1\",\"notices\":[{\"u\":0,\"c\":{\"n\":\"x\",\"k\":\"k\"}}]}"));
        Assert.Null(FanOutSends.TryParse("{\"fanOutSends\":\"l-1\",\"notices\":[{\"u\":7,\"c\":{\"n\":\"x\",\"k\":\"\"}}]}"));
    }

    [Fact]
    public void ACommand_IsTheSameForEveryRecipient_UnderEachOnesKey()
    {
        var command = FanOutCommand.Create("broadcast.deliver", new { text = "hi" });
        var a = command.For(FanOut.CommandKey("bc-1", 1));
        var b = command.For(FanOut.CommandKey("bc-1", 2));
        Assert.Equal(("broadcast.deliver", "fanout:bc-1:1"), (a.Name, a.Key));
        Assert.Equal("fanout:bc-1:2", b.Key);
        Assert.Equal("{\"text\":\"hi\"}", b.Payload!.Value.GetRawText());
    }
}
