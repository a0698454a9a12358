using System.Text.Json.Nodes;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.YClients;

namespace Bot.Features.Tests.Loyalty;

public sealed class YClientsJsonTests
{
    [Fact]
    public void RecordsList_IsReadWithItsQuirks()
    {
        var page = YClientsJson.ParseRecordsAnswer(YClientsFixtures.RecordsList, 1, 200);

        Assert.Equal(2, page.TotalCount);
        Assert.Empty(page.Problems);
        Assert.False(page.HasMore);
        var paid = page.Records[0];
        Assert.Equal(2, paid.Id);
        Assert.Equal(4564, paid.CompanyId);
        Assert.Equal(2499.5m, paid.Services.Sum(s => s.Cost));
        Assert.Equal("Стрижка", paid.Services[0].Title);
        Assert.Equal("+79169999900", paid.Client!.Phone);
        Assert.Equal(5, paid.Client.Id);
        Assert.Equal("3", paid.VisitId);
        Assert.Equal(1, paid.Attendance);
        Assert.Equal(1, paid.PaidFull);
        Assert.False(paid.Deleted);
        Assert.Equal(new DateTime(2017, 1, 16, 15, 0, 0), paid.Date);
        Assert.Equal(new DateTimeOffset(2017, 1, 16, 15, 0, 0, TimeSpan.FromHours(9)), paid.Datetime);
        Assert.Equal(new DateTimeOffset(2017, 1, 15, 12, 35, 55, TimeSpan.FromHours(9)), paid.CreateDate);
        Assert.Equal(new DateTimeOffset(2017, 1, 16, 16, 10, 5, TimeSpan.FromHours(9)), paid.LastChangeDate);
        Assert.Equal("instagram", paid.CustomFields["source"]);

        var anonymous = page.Records[1];
        Assert.Null(anonymous.Client);
        Assert.Equal("904411", anonymous.VisitId);
        Assert.Empty(anonymous.CustomFields);
        Assert.Equal(new DateTimeOffset(2017, 1, 16, 0, 0, 0, TimeSpan.Zero), anonymous.LastChangeDate);
    }

    [Fact]
    public void SingleRecord_WithStringNumbersAndListCustomFields_IsRead()
    {
        var record = YClientsJson.ParseRecord(JsonNode.Parse(YClientsFixtures.SingleRecord));

        Assert.Equal(11, record.Id);
        Assert.Equal(2500.50m, Assert.Single(record.Services).Cost);
        Assert.Equal(2500.50m, record.Services[0].FirstCost);
        Assert.Equal(77, record.Client!.Id);
        Assert.Equal("89161234567", record.Client.Phone);
        Assert.Equal(-1, record.Attendance);
        Assert.Equal(1, record.PaidFull);
        Assert.True(record.Deleted);
        Assert.Equal("0", record.VisitId);
        Assert.Equal("SPRING", record.CustomFields["promo"]);
        Assert.Equal(TimeSpan.FromHours(3), record.LastChangeDate!.Value.Offset);
    }

    [Theory]
    [InlineData("2017-01-16T16:10:05+0900", 9)]
    [InlineData("2017-01-16T16:10:05+09:00", 9)]
    [InlineData("2017-01-16T16:10:05-0330", -3.5)]
    [InlineData("2017-01-16T16:10:05Z", 0)]
    [InlineData("2017-01-16 16:10:05+0300", 3)]
    public void Dates_WithEitherOffsetSpelling_AreRead(string text, double offsetHours)
    {
        var at = YClientsJson.Date(text);

        Assert.Equal(new DateTime(2017, 1, 16, 16, 10, 5), at!.Value.DateTime);
        Assert.Equal(TimeSpan.FromHours(offsetHours), at.Value.Offset);
    }

    [Fact]
    public void RecordWithoutIdOrWithABadCost_IsReportedAsAProblem_TheRestOfThePageIsRead()
    {
        const string body = """
            {"success":true,"data":[
              {"company_id":1,"services":[]},
              {"id":5,"services":[{"id":1,"title":"x","cost":"много"}]},
              {"id":6,"services":[{"id":1,"title":"x","cost":10}],"client":null}
            ],"meta":{"page":1,"total_count":3}}
            """;

        var page = YClientsJson.ParseRecordsAnswer(body, 1, 200);

        Assert.Equal(6, Assert.Single(page.Records).Id);
        Assert.Equal(2, page.Problems.Count);
        Assert.Null(page.Problems[0].RecordId);
        Assert.Equal(5, page.Problems[1].RecordId);
        Assert.Contains("cost", page.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("\"cost\":\"много\"", page.Problems[1].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void OneRecordAnswer_IsARecord_OrTheProblemWithItsRawJson()
    {
        var readable = YClientsJson.ParseRecordAnswer("""{"success":true,"data":{"id":7,"services":[{"id":1,"title":"x","cost":"1500"}],"attendance":1,"paid_full":1},"meta":[]}""", 7);
        var broken = YClientsJson.ParseRecordAnswer("""{"success":true,"data":{"id":8,"services":[{"id":1,"title":"Стрижка","cost":"не указана"}]},"meta":[]}""", 8);
        var noId = YClientsJson.ParseRecordAnswer("""{"success":true,"data":{"services":[{"cost":"?"}]},"meta":[]}""", 9);

        Assert.Equal(1500m, BonusRule.PaidAmount(Assert.Single(readable.Records)));
        Assert.Empty(readable.Problems);
        var problem = Assert.Single(broken.Problems);
        Assert.Empty(broken.Records);
        Assert.Equal(8, problem.RecordId);
        Assert.Contains("не указана", problem.Raw, StringComparison.Ordinal);
        Assert.Equal(9, Assert.Single(noId.Problems).RecordId);
        Assert.Throws<YClientsException>(() => YClientsJson.ParseRecordAnswer("""{"success":false,"data":null,"meta":{"message":"Запись не найдена"}}""", 10));
    }

    [Fact]
    public void SuccessFalse_InA200Answer_ThrowsWithYClientsMessage()
    {
        var ex = Assert.Throws<YClientsException>(() => YClientsJson.ParseRecordsAnswer(YClientsFixtures.ValidationError, 1, 200));

        Assert.Contains("Ошибка валидации", ex.YClientsMessage, StringComparison.Ordinal);
        Assert.Contains("changed_after: Неверный формат даты", ex.YClientsMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(YClientsFixtures.UnauthorizedError, "Необходима авторизация")]
    [InlineData(YClientsFixtures.LegacyError, "Нет прав на управление компанией")]
    public void ErrorBodies_GiveYClientsMessage(string body, string message)
    {
        Assert.Equal(message, YClientsJson.ErrorMessage(body));
    }

    [Fact]
    public void ErrorMessage_OfANonJsonBody_IsNull()
    {
        Assert.Null(YClientsJson.ErrorMessage("<html>502 Bad Gateway</html>"));
    }

    [Theory]
    [InlineData(2, 200, 5, true)]
    [InlineData(2, 2, 5, true)]
    [InlineData(3, 1, 5, false)]
    [InlineData(1, 2, 2, false)]
    public void HasMore_FollowsTotalCountAndFullPages(int page, int recordsOnPage, int total, bool expected)
    {
        var ids = Enumerable.Range(1, recordsOnPage).Select(i => (long)i).ToArray();

        var result = YClientsJson.ParseRecordsAnswer(YClientsFixtures.Page(page, total, ids), page, 2);

        Assert.Equal(expected, result.HasMore);
    }
}
