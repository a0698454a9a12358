using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Engine.Gateway;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests;

/// <summary><c>POST /api/admin/telegram/setup</c>, which the deployment pipeline calls: the webhook with its
/// secret and allowed updates, and the command menu, as the emulator's Bot API then reports them.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class TelegramSetupTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string BotApi(string method) =>
        $"/bot{_host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken}/{method}";

    private Task<HttpResponseMessage> SetupAsync(object body, string? key) =>
        _host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/admin/telegram/setup")
        {
            Content = JsonContent.Create(body),
            Headers = { { "x-functions-key", key ?? "" } },
        });

    [Fact]
    public async Task Setup_RegistersWebhookWithSecretAndAllowedUpdates_AndTheCommandMenu()
    {
        var webhook = _host.Url + "/api/telegram/webhook";

        var response = await SetupAsync(new { webhookUrl = webhook }, _host.AdminKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = JsonNode.Parse(await _host.Http.GetStringAsync(BotApi("getWebhookInfo")))!["result"]!;
        Assert.Equal(webhook, info["url"]!.GetValue<string>());
        Assert.Equal(["message", "callback_query", "my_chat_member"], info["allowed_updates"]!.AsArray().Select(x => x!.GetValue<string>()));
        var ru = JsonNode.Parse(await _host.Http.GetStringAsync(BotApi("getMyCommands")))!["result"]!.AsArray();
        var en = JsonNode.Parse(await _host.Http.GetStringAsync(BotApi("getMyCommands") + "?language_code=en"))!["result"]!.AsArray();
        Assert.Equal(["start", "menu", "help", "cancel", "balance"], ru.Select(c => c!["command"]!.GetValue<string>()));
        Assert.Equal("Начать заново", ru[0]!["description"]!.GetValue<string>());
        Assert.Equal("Start over", en[0]!["description"]!.GetValue<string>());

        // The secret registered is the one the webhook checks: the bot still answers.
        await _host.SendAsync(501, "/start");
        await _host.SettleAsync();
        Assert.NotEmpty(await _host.BotMessagesAsync(501));
    }

    [Fact]
    public async Task Setup_GivesTheAdminIdsTheAdminCommandInTheirChatOnly()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Bot:AdminUserIds"] = "900" });
        var token = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/telegram/setup")
        {
            Content = JsonContent.Create(new { webhookUrl = host.Url + "/api/telegram/webhook" }),
            Headers = { { "x-functions-key", host.AdminKey } },
        };
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        async Task<IEnumerable<string>> CommandsAsync(string query) =>
            JsonNode.Parse(await host.Http.GetStringAsync($"/bot{token}/getMyCommands{query}"))!["result"]!.AsArray()
                .Select(c => c!["command"]!.GetValue<string>());
        var adminScope = "?scope=" + Uri.EscapeDataString("{\"type\":\"chat\",\"chat_id\":900}");
        Assert.DoesNotContain("admin", await CommandsAsync(""));
        Assert.Equal(["start", "menu", "help", "cancel", "balance", "admin"], await CommandsAsync(adminScope));
        Assert.Contains("admin", await CommandsAsync(adminScope + "&language_code=en"));
    }

    [Fact]
    public async Task Setup_WithoutTheKey_Is401()
    {
        var response = await SetupAsync(new { }, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Setup_WithoutAWebhookUrl_Is400WithTheReason()
    {
        var response = await SetupAsync(new { }, _host.AdminKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Telegram:WebhookUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
