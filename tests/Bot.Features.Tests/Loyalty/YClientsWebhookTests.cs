using Bot.Features.Loyalty.YClients;

namespace Bot.Features.Tests.Loyalty;

public sealed class YClientsWebhookTests
{
    [Fact]
    public void OneEvent_GivesItsRecord()
    {
        var events = YClientsWebhook.Parse(YClientsFixtures.WebhookEvent("update", YClientsFixtures.SingleRecord.Replace("\"deleted\": true", "\"deleted\": false", StringComparison.Ordinal)));

        var e = Assert.Single(events);
        Assert.Equal("record", e.Resource);
        Assert.Equal("update", e.Status);
        Assert.Equal(11, e.ResourceId);
        Assert.Equal(4564, e.CompanyId);
        Assert.Equal(11, e.Record!.Id);
        Assert.False(e.Record.Deleted);
        Assert.Equal(2500.50m, e.Record.Services[0].Cost);
    }

    [Fact]
    public void AnArrayOfEvents_GivesEach_OtherResourcesWithoutARecord()
    {
        var body = "[" + YClientsFixtures.WebhookEvent("create", YClientsFixtures.SingleRecord) + ","
            + """{"company_id":4564,"resource":"client","resource_id":77,"status":"update","data":{"id":77,"name":"Анна"}}""" + "]";

        var events = YClientsWebhook.Parse(body);

        Assert.Equal(2, events.Count);
        Assert.NotNull(events[0].Record);
        Assert.Equal("client", events[1].Resource);
        Assert.Null(events[1].Record);
    }

    [Fact]
    public void Delete_WithoutData_GivesADeletedRecordWithItsId()
    {
        var e = Assert.Single(YClientsWebhook.Parse("""{"company_id":4564,"resource":"record","resource_id":42,"status":"delete","data":{}}"""));

        Assert.Equal(42, e.Record!.Id);
        Assert.True(e.Record.Deleted);
    }

    [Fact]
    public void Delete_WithData_MarksTheRecordDeleted()
    {
        var data = YClientsFixtures.SingleRecord.Replace("\"deleted\": true", "\"deleted\": false", StringComparison.Ordinal);

        var e = Assert.Single(YClientsWebhook.Parse(YClientsFixtures.WebhookEvent("delete", data)));

        Assert.True(e.Record!.Deleted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("[1]")]
    [InlineData("""{"resource":"record","resource_id":1,"data":{"id":1}}""")]
    [InlineData("""{"resource":"record","resource_id":1,"status":"paid","data":{"id":1}}""")]
    [InlineData("""{"resource_id":1,"status":"create","data":{"id":1}}""")]
    [InlineData("""{"resource":"record","status":"create"}""")]
    [InlineData("""{"resource":"record","resource_id":1,"status":"create"}""")]
    public void BadBodies_AreRefusedWithAReason(string body)
    {
        var ex = Assert.Throws<YClientsFormatException>(() => YClientsWebhook.Parse(body));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void AnEventWhoseRecordCannotBeRead_CarriesTheProblem_AndTheOtherEventsAreRead()
    {
        var events = YClientsWebhook.Parse("""
            [{"company_id":1,"resource":"record","resource_id":11,"status":"update","data":{"id":11,"services":[{"title":"Стрижка","cost":"n/a"}]}},
             {"company_id":1,"resource":"record","resource_id":12,"status":"create","data":{"id":12,"services":[{"cost":100}]}}]
            """);

        Assert.Null(events[0].Record);
        Assert.Equal(11, events[0].Problem!.RecordId);
        Assert.Contains("cost", events[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Contains("Стрижка", events[0].Problem!.Raw, StringComparison.Ordinal);
        Assert.Equal(12, events[1].Record!.Id);
        Assert.Null(events[1].Problem);
    }
}
