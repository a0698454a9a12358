using System.Text.Json.Nodes;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.YClients;

namespace Bot.Features.Tests.Loyalty;

public sealed class BonusRuleTests
{
    private static YClientsRecord Record(int attendance = 1, int paidFull = 1, bool deleted = false, params decimal[] costs) =>
        new(1, 1, [.. (costs.Length == 0 ? [2500m] : costs).Select((c, i) => new YClientsRecordService(i, "s", c, c, 0, 1))],
            new YClientsRecordClient(5, "Иван", "+79991234567", null), null, null, null, null, "1", attendance, paidFull, deleted, new Dictionary<string, string>());

    [Fact]
    public void CameAndPaidInFull_IsPaid_OnePercentOfTheServicesSum()
    {
        var visit = BonusRule.Evaluate(Record(costs: [1500m, 999.5m]), 1m);

        Assert.Equal(2499.5m, visit!.Amount);
        Assert.Equal(24, visit.Points);
        Assert.Equal("+79991234567", visit.Phone);
    }

    [Theory]
    [InlineData(0, 1, false)]
    [InlineData(2, 1, false)]
    [InlineData(-1, 1, false)]
    [InlineData(1, 0, false)]
    [InlineData(1, 1, true)]
    public void IsPaid_NeedsAttendanceOneAndPaidFullOne_AndNotDeleted(int attendance, int paidFull, bool deleted)
    {
        Assert.False(BonusRule.IsPaid(Record(attendance, paidFull, deleted)));
    }

    [Theory]
    [InlineData(2500, 1, 25)]
    [InlineData(99.99, 1, 0)]
    [InlineData(199.99, 1, 1)]
    [InlineData(1000, 2.5, 25)]
    [InlineData(0, 1, 0)]
    [InlineData(1000, 0, 0)]
    public void Points_AreTheFloorOfAmountTimesPercent(decimal amount, decimal percent, long points)
    {
        Assert.Equal(points, BonusRule.Points(amount, percent));
    }

    [Fact]
    public void AVisitWorthLessThanOnePoint_EarnsNothing()
    {
        Assert.Null(BonusRule.Evaluate(Record(costs: [50m]), 1m));
    }

    [Fact]
    public void FixtureRecords_FirstPaidSecondNot()
    {
        var page = YClientsJson.ParseRecordsAnswer(YClientsFixtures.RecordsList, 1, 200);
        var single = YClientsJson.ParseRecord(JsonNode.Parse(YClientsFixtures.SingleRecord));

        Assert.True(BonusRule.IsPaid(page.Records[0]));
        Assert.False(BonusRule.IsPaid(page.Records[1]));
        Assert.False(BonusRule.IsPaid(single));
    }
}
