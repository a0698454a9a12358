using Bot.Engine.Records;

namespace Bot.Engine.Tests.Records;

public sealed class ChangeTests
{
    [Fact]
    public void Write_CarriesTheNewRecordAndTheOutcome()
    {
        var change = Change<Counter, string>.Write(new Counter(2), "taken");

        Assert.True(change.Writes);
        Assert.Equal(new Counter(2), change.Record);
        Assert.Equal("taken", change.Outcome);
    }

    [Fact]
    public void Keep_WritesNothing_AndCarriesTheOutcome()
    {
        var change = Change<Counter, string>.Keep("refused");

        Assert.False(change.Writes);
        Assert.Null(change.Record);
        Assert.Equal("refused", change.Outcome);
    }

    [Fact]
    public void OutcomeKey_IsTheSameForARedelivery_AndDiffersPerRecipientAndCommand()
    {
        Assert.Equal(SharedRecords.OutcomeKey("5:0001", "shop.reserved", 7), SharedRecords.OutcomeKey("5:0001", "shop.reserved", 7));
        Assert.NotEqual(SharedRecords.OutcomeKey("5:0001", "shop.reserved", 7), SharedRecords.OutcomeKey("5:0001", "shop.reserved", 8));
        Assert.NotEqual(SharedRecords.OutcomeKey("5:0001", "shop.reserved", 7), SharedRecords.OutcomeKey("5:0001", "shop.other", 7));
    }

    public sealed record Counter(int Left);
}
