using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bot.Features.Menu;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests;

/// <summary>Whole conversations with the core bot (the menu flow only) through the emulator's person API,
/// as CONTRACTS describes it.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ConversationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_greets_by_first_name_and_says_nothing_is_switched_on()
    {
        await _host.SendAsync(101, "/start", firstName: "Anna");
        await _host.SettleAsync();

        var bot = Assert.Single(await _host.BotMessagesAsync(101));
        var expected = MenuText.Ru(MenuTexts.StartWelcome).Replace("{name}", "Anna", StringComparison.Ordinal)
            + "\n\n" + MenuText.Ru(MenuTexts.NothingEnabled);
        Assert.Equal(expected, bot.Text);
        Assert.Empty(bot.InlineKeyboard);
    }

    [Fact]
    public async Task Help_cancel_unknown_text_and_unknown_command_each_get_their_answer()
    {
        await _host.SendAsync(102, "/help");
        await _host.SettleAsync();
        await _host.SendAsync(102, "/cancel");
        await _host.SettleAsync();
        await _host.SendAsync(102, "как дела?");
        await _host.SettleAsync();
        await _host.SendAsync(102, "/nosuchcommand");
        await _host.SettleAsync();

        var texts = (await _host.BotMessagesAsync(102)).Select(m => m.Text).ToList();
        Assert.Equal(
            [
                MenuText.HelpRu,
                MenuText.Ru(MenuTexts.Cancelled),
                MenuText.Ru(MenuTexts.MainMenu) + "\n\n" + MenuText.Ru(MenuTexts.NothingEnabled),
                MenuText.Ru(MenuTexts.Unknown),
                MenuText.Ru(MenuTexts.UnknownCommand),
            ],
            texts);
        Assert.True((await _host.BotMessagesAsync(102))[1].RemoveKeyboard, "/cancel removes the reply keyboard");
    }

    [Fact]
    public async Task An_English_speaking_user_is_answered_in_English()
    {
        await _host.SendAsync(103, "/help", firstName: "John", languageCode: "en");
        await _host.SettleAsync();

        Assert.Equal(MenuText.HelpEn, Assert.Single(await _host.BotMessagesAsync(103)).Text);
    }

    [Fact]
    public async Task The_same_update_delivered_twice_gets_one_reply()
    {
        await _host.SendAsync(104, "/start");
        await _host.SettleAsync();
        var updateId = 5_000_000 + Random.Shared.Next(1_000_000);
        var update = $$$"""
            {"update_id":{{{updateId}}},"message":{"message_id":900,"date":1767225600,
             "chat":{"id":104,"type":"private","first_name":"Anna"},
             "from":{"id":104,"is_bot":false,"first_name":"Anna","language_code":"ru"},"text":"/help"}}
            """;

        for (var i = 0; i < 2; i++)
        {
            using var content = new StringContent(update, Encoding.UTF8, "application/json");
            (await _host.Http.PostAsync("/emulator/updates", content)).EnsureSuccessStatusCode();
        }

        await _host.SettleAsync();

        var texts = (await _host.BotMessagesAsync(104)).Select(m => m.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Equal(1, texts.Count(t => t == MenuText.HelpRu));
    }

    [Fact]
    public async Task Webhook_without_the_secret_is_refused_and_nothing_is_queued()
    {
        var update = """{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":105,"type":"private"},"from":{"id":105,"is_bot":false,"first_name":"Eve"},"text":"/start"}}""";
        using var noSecret = new StringContent(update, Encoding.UTF8, "application/json");
        var refused = await _host.Http.PostAsync("/api/telegram/webhook", noSecret);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "wrong-secret");
        var wrong = await _host.Http.SendAsync(request);
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("secret", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _host.CallsAsync(), c => (long?)c!["chatId"] == 105);
    }

    [Fact]
    public async Task Webhook_with_the_secret_queues_the_update_for_its_user()
    {
        await _host.SendAsync(106, "/start");
        await _host.SettleAsync();
        var update = """{"update_id":7000001,"message":{"message_id":1,"date":1,"chat":{"id":106,"type":"private"},"from":{"id":106,"is_bot":false,"first_name":"Anna","language_code":"ru"},"text":"/help"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", _host.App.Configuration[LocalHostSettings.TelegramWebhookSecret]);

        var response = await _host.Http.SendAsync(request);
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MenuText.HelpRu, (await _host.BotMessagesAsync(106))[^1].Text);
    }

    [Fact]
    public async Task Settle_answers_at_once_when_nothing_happens()
    {
        await _host.SettleAsync();
        var response = await _host.Http.PostAsJsonAsync("/emulator/settle?timeoutSeconds=5", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
