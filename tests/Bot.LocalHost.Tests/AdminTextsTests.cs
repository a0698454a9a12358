using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests;

/// <summary>Run-time text overrides (seed 001's editable keys such as start_welcome): the bot answers with
/// the override at once, and DELETE restores the default.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdminTextsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? key) =>
        _host.Http.SendAsync(new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body),
            Headers = { { "x-functions-key", key ?? "" } },
        });

    private async Task<string> GreetingAsync(long userId)
    {
        await _host.SendAsync(userId, "/start");
        await _host.SettleAsync();
        return (await _host.BotMessagesAsync(userId))[^1].Text ?? "";
    }

    [Fact]
    public async Task OverrideChangesTheGreeting_AndDeleteRestoresIt()
    {
        var put = await SendAsync(HttpMethod.Put, "/api/admin/texts/start_welcome", new { ru = "Здравствуйте, {name}! Чем помочь?" }, _host.AdminKey);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var answer = JsonNode.Parse(await put.Content.ReadAsStringAsync())!;
        Assert.Equal("Здравствуйте, {name}! Чем помочь?", answer["ru"]!.GetValue<string>());
        Assert.StartsWith("Hello, {name}", answer["en"]!.GetValue<string>(), StringComparison.Ordinal); // English kept
        Assert.StartsWith("Здравствуйте, Anna! Чем помочь?", await GreetingAsync(701), StringComparison.Ordinal);

        var list = JsonNode.Parse(await (await SendAsync(HttpMethod.Get, "/api/admin/texts", null, _host.AdminKey)).Content.ReadAsStringAsync())!.AsArray();
        Assert.Contains(list, t => t!["key"]!.GetValue<string>() == "start_welcome" && t["ru"]!.GetValue<string>().StartsWith("Здравствуйте", StringComparison.Ordinal));

        var delete = await SendAsync(HttpMethod.Delete, "/api/admin/texts/start_welcome", null, _host.AdminKey);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.StartsWith("Привет, Anna!", await GreetingAsync(702), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequestsGetAClearAnswer()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Put, "/api/admin/texts/start_welcome", new { ru = "x" }, null)).StatusCode);

        var unknown = await SendAsync(HttpMethod.Put, "/api/admin/texts/no_such_key", new { ru = "x" }, _host.AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no_such_key", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var empty = await SendAsync(HttpMethod.Put, "/api/admin/texts/start_welcome", new { ru = " " }, _host.AdminKey);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("ru, en or both", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverrideWithAnUnknownPlaceholder_IsRefusedNamingIt_AndChangesAreInTheAuditLog()
    {
        var typo = await SendAsync(HttpMethod.Put, "/api/admin/texts/start_welcome", new { ru = "Привет {nmae}" }, _host.AdminKey);
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Contains("{nmae}", await typo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Привет, Anna!", await GreetingAsync(703), StringComparison.Ordinal); // nothing changed

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, "/api/admin/texts/main_menu", new { en = "Menu:" }, _host.AdminKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Delete, "/api/admin/texts/main_menu", null, _host.AdminKey)).StatusCode);

        // Without dates the log covers the last 7 days, today included.
        var logs = await SendAsync(HttpMethod.Get, "/api/admin/logs", null, _host.AdminKey);
        Assert.Equal(HttpStatusCode.OK, logs.StatusCode);
        var lines = (await logs.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("Text main_menu overridden", StringComparison.Ordinal) && l.Contains("Menu:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Text main_menu restored to its default", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("start_welcome", StringComparison.Ordinal));
    }
}
