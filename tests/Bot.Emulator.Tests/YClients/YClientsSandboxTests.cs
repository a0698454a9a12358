using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests.YClients;

public sealed class YClientsSandboxTests : IAsyncLifetime
{
    private const string Records = "/emulator/yclients/api/v1/records/1";
    private const string GoodAuth = "Bearer emulator-partner-token, User emulator-user-token";
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AddedRecords_AreServedInYClientsShape_WithItsQuirks()
    {
        var paid = await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 2500, paid = true });
        await _app.PostAsync("/emulator/yclients/records", new { amount = 700 });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "89991234568", amount = 100, paid = false });

        var answer = await ListAsync("?page=1&count=10");

        Assert.Equal(HttpStatusCode.OK, paid.Status);
        Assert.Equal(1, paid.Body!["id"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Body!["success"]!.GetValue<bool>());
        Assert.Equal(3, answer.Body["meta"]!["total_count"]!.GetValue<int>());
        Assert.Equal(1, answer.Body["meta"]!["page"]!.GetValue<int>());
        var data = answer.Body["data"]!.AsArray();
        var first = data[0]!;
        Assert.Equal(1, first["company_id"]!.GetValue<long>());
        Assert.Equal("+79991234567", first["client"]!["phone"]!.GetValue<string>());
        Assert.Equal(2500m, first["services"]![0]!["cost"]!.GetValue<decimal>());
        Assert.Equal(1, first["attendance"]!.GetValue<int>());
        Assert.Equal(1, first["paid_full"]!.GetValue<int>());
        Assert.False(first["deleted"]!.GetValue<bool>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0300$", first["last_change_date"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$", first["datetime"]!.GetValue<string>());
        Assert.IsType<JsonArray>(first["custom_fields"]);
        Assert.Null(data[1]!["client"]);
        Assert.IsType<JsonObject>(data[1]!["custom_fields"]);
        Assert.Equal("100003", data[2]!["visit_id"]!.GetValue<string>());
        Assert.Equal(0, data[2]!["paid_full"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer emulator-partner-token")]
    [InlineData("Bearer wrong, User emulator-user-token")]
    [InlineData("Bearer emulator-partner-token, User wrong")]
    public async Task WrongAuthorization_Answers401WithYClientsErrorBody(string? authorization)
    {
        var answer = await ListAsync("", authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.False(answer.Body!["success"]!.GetValue<bool>());
        Assert.Null(answer.Body["data"]);
        Assert.Equal("Необходима авторизация", answer.Body["meta"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherCompany_Answers403()
    {
        var answer = await ListAsync("", GoodAuth, "/emulator/yclients/api/v1/records/2");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.False(answer.Body!["success"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("?changed_after=yesterday", "changed_after")]
    [InlineData("?count=0", "count")]
    [InlineData("?page=x", "page")]
    [InlineData("?start_date=01.12.2026", "start_date")]
    public async Task BadQuery_Answers422WithTheField(string query, string field)
    {
        var answer = await ListAsync(query);

        Assert.Equal((HttpStatusCode)422, answer.Status);
        Assert.NotNull(answer.Body!["meta"]!["errors"]![field]);
    }

    [Fact]
    public async Task Paging_SplitsRecordsInOrder()
    {
        for (var i = 0; i < 5; i++)
        {
            await _app.PostAsync("/emulator/yclients/records", new { phone = "+7999123456" + i, amount = 100 * (i + 1), paid = true });
        }

        var pages = new List<long[]>();
        for (var page = 1; page <= 4; page++)
        {
            var answer = await ListAsync($"?page={page}&count=2");
            Assert.Equal(5, answer.Body!["meta"]!["total_count"]!.GetValue<int>());
            pages.Add([.. answer.Body["data"]!.AsArray().Select(r => r!["id"]!.GetValue<long>())]);
        }

        Assert.Equal([[1, 2], [3, 4], [5], []], pages);
    }

    [Fact]
    public async Task ChangedAfter_GivesOnlyRecordsChangedAtOrAfterIt_InTheCompanysTime()
    {
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 100 });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234568", amount = 200 });
        await _app.PostAsync("/emulator/clock/advance", new { hours = 1 });
        var changed = await _app.PostAsync("/emulator/yclients/records/1", new { paid = true });
        var lastChange = changed.Body!["last_change_date"]!.GetValue<string>();
        var cursor = lastChange[..19];

        var after = await ListAsync("?changed_after=" + cursor);
        var everything = await ListAsync("?changed_after=2000-01-01T00:00:00");

        Assert.Equal(1, after.Body!["meta"]!["total_count"]!.GetValue<int>());
        Assert.Equal(1, after.Body["data"]![0]!["id"]!.GetValue<long>());
        Assert.Equal(1, after.Body["data"]![0]!["paid_full"]!.GetValue<int>());
        Assert.Equal(2, everything.Body!["meta"]!["total_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ChangingARecord_PaysDeletesOrReprices_AndUnknownIdsAre404()
    {
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 100 });

        var paid = await _app.PostAsync("/emulator/yclients/records/1", new { paid = true, amount = 150.5 });
        var deleted = await _app.PostAsync("/emulator/yclients/records/1", new { deleted = true });
        var missing = await _app.PostAsync("/emulator/yclients/records/99", new { paid = true });
        var empty = await _app.PostAsync("/emulator/yclients/records/1", new { });

        Assert.Equal(1, paid.Body!["attendance"]!.GetValue<int>());
        Assert.Equal(150.5m, paid.Body["services"]![0]!["cost"]!.GetValue<decimal>());
        Assert.True(deleted.Body!["deleted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.NotNull(empty.Body!["error"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"amount":-1}""")]
    [InlineData("""{"amount":1.005}""")]
    [InlineData("""{"amount":"lots"}""")]
    [InlineData("""{"amount":10,"paid":"yes"}""")]
    [InlineData("""{"amount":10,"attendance":5}""")]
    [InlineData("not json")]
    public async Task BadRecordBodies_Answer400(string body)
    {
        var answer = await _app.PostAsync("/emulator/yclients/records", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.NotNull(answer.Body!["error"]);
    }

    [Fact]
    public async Task AddAndChange_NotifyTheRegisteredWebhook_InYClientsEventFormat()
    {
        var registered = await _app.PostAsync("/emulator/yclients/webhook", new { url = _app.HookUrl });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 2500, paid = false });
        await _app.PostAsync("/emulator/yclients/records/1", new { paid = true });
        await _app.PostAsync("/emulator/yclients/records/1", new { deleted = true });

        var events = await _app.Receiver.WaitForDeliveredAsync(3);

        Assert.True(registered.Body!["registered"]!.GetValue<bool>());
        Assert.Equal(["create", "update", "delete"], events.Select(e => e.Update["status"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal("record", e.Update["resource"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal(1, e.Update["resource_id"]!.GetValue<long>()));
        Assert.Equal(1, events[1].Update["data"]!["paid_full"]!.GetValue<int>());
        Assert.True(events[2].Update["data"]!["deleted"]!.GetValue<bool>());
        var settled = await _app.PostAsync("/emulator/settle?timeoutSeconds=5");
        Assert.Equal(HttpStatusCode.OK, settled.Status);
        var state = await _app.GetAsync("/emulator/yclients/webhook");
        Assert.Equal(3, state.Body!["delivered"]!.GetValue<long>());
    }

    [Fact]
    public async Task TheWebhookOption_IsUsedFromStart()
    {
        await using var app = await EmulatorApp.StartAsync(options: o => o.YClientsWebhookUrl = "http://127.0.0.1:9/never");
        var state = await app.GetAsync("/emulator/yclients/webhook");

        Assert.True(state.Body!["registered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bulk_AddsManyRecordsWithDistinctPhones()
    {
        var answer = await _app.PostAsync("/emulator/yclients/records/bulk", new { count = 1500, amount = 1000, paid = true });
        var page = await ListAsync("?page=2&count=1000");
        var tooMany = await _app.PostAsync("/emulator/yclients/records/bulk", new { count = 0 });

        Assert.Equal(1, answer.Body!["firstId"]!.GetValue<long>());
        Assert.Equal(1500, answer.Body["lastId"]!.GetValue<long>());
        Assert.Equal(1500, page.Body!["meta"]!["total_count"]!.GetValue<int>());
        var data = page.Body["data"]!.AsArray();
        Assert.Equal(500, data.Count);
        Assert.Equal(500, data.Where(r => r!["client"] is not null).Select(r => r!["client"]!["phone"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
    }

    [Fact]
    public async Task Outage_MakesTheApiAnswerThatStatus_UntilSwitchedOff()
    {
        await _app.PostAsync("/emulator/yclients/outage", new { enabled = true, statusCode = 503 });
        var during = await ListAsync("");
        await _app.PostAsync("/emulator/yclients/outage", new { enabled = false });
        var after = await ListAsync("");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.Status);
        Assert.False(during.Body!["success"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    private async Task<Answer> ListAsync(string query, string? authorization = GoodAuth, string path = Records)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path + query);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.yclients.v2+json");
        using var response = await _app.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, JsonNode.Parse(text), text);
    }
}
