using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests.Delivery;

public sealed class GetUpdatesTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task GetUpdates_ReturnsUpdatesInOrder_UntilConfirmedByOffset()
    {
        var first = await _app.UserSaysAsync(42, "/start");
        var second = await _app.UserSaysAsync(42, "hello");

        var all = await UpdatesAsync(new { });
        var again = await UpdatesAsync(new { });
        var afterConfirm = await UpdatesAsync(new { offset = second });
        var afterBoth = await UpdatesAsync(new { offset = second + 1 });

        Assert.Equal(second, first + 1);
        Assert.Equal(new[] { first, second }, all.Select(u => u!["update_id"]!.GetValue<long>()));
        Assert.Equal(2, again.Count);
        Assert.Equal(new[] { second }, afterConfirm.Select(u => u!["update_id"]!.GetValue<long>()));
        Assert.Empty(afterBoth);
    }

    [Fact]
    public async Task GetUpdates_Limit_ReturnsOnlyThatMany()
    {
        await _app.UserSaysAsync(42, "a");
        await _app.UserSaysAsync(42, "b");
        await _app.UserSaysAsync(42, "c");

        var two = await UpdatesAsync(new { limit = 2 });

        Assert.Equal(2, two.Count);
    }

    [Fact]
    public async Task UserMessage_IsTelegramShaped_WithBotCommandEntity()
    {
        await _app.PostAsync("/emulator/users/42/messages", new { text = "/start ref_1", firstName = "Anna", languageCode = "en", username = "anna" });

        var message = (await UpdatesAsync(new { }))[0]!["message"]!;

        Assert.Equal(1, message["message_id"]!.GetValue<long>());
        Assert.Equal(42, message["from"]!["id"]!.GetValue<long>());
        Assert.False(message["from"]!["is_bot"]!.GetValue<bool>());
        Assert.Equal("Anna", message["from"]!["first_name"]!.GetValue<string>());
        Assert.Equal("anna", message["from"]!["username"]!.GetValue<string>());
        Assert.Equal("en", message["from"]!["language_code"]!.GetValue<string>());
        Assert.Equal("private", message["chat"]!["type"]!.GetValue<string>());
        Assert.Equal("/start ref_1", message["text"]!.GetValue<string>());
        var entity = message["entities"]![0]!;
        Assert.Equal("bot_command", entity["type"]!.GetValue<string>());
        Assert.Equal(0, entity["offset"]!.GetValue<int>());
        Assert.Equal(6, entity["length"]!.GetValue<int>());
    }

    [Fact]
    public async Task NewUser_GetsDefaultNameAndRussian()
    {
        await _app.UserSaysAsync(7, "hi");

        var from = (await UpdatesAsync(new { }))[0]!["message"]!["from"]!;

        Assert.Equal("User7", from["first_name"]!.GetValue<string>());
        Assert.Equal("ru", from["language_code"]!.GetValue<string>());
        Assert.Null((await UpdatesAsync(new { }))[0]!["message"]!["entities"]);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        var poll = _app.BotAsync("getUpdates", new { timeout = 20 });
        await Task.Delay(200);
        Assert.False(poll.IsCompleted);

        await _app.UserSaysAsync(42, "wake up");
        var answer = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("wake up", answer.Body!["result"]![0]!["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetUpdates_WhileWebhookIsSet_Answers409Conflict()
    {
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });

        var answer = await _app.BotAsync("getUpdates");

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", answer.Body!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteWebhook_WithDropPendingUpdates_ForgetsQueuedUpdates()
    {
        await _app.UserSaysAsync(42, "lost");

        await _app.BotAsync("deleteWebhook", new { drop_pending_updates = true });

        Assert.Empty(await UpdatesAsync(new { }));
    }

    [Fact]
    public async Task RawUpdate_IsDeliveredAsIs_WithAnUpdateIdAssigned()
    {
        var posted = await _app.PostAsync("/emulator/updates", new { inline_query = new { id = "q1", from = new { id = 5, is_bot = false, first_name = "X" }, query = "abc", offset = "" } });

        var update = (await UpdatesAsync(new { }))[0]!;

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal(posted.Body!["updateId"]!.GetValue<long>(), update["update_id"]!.GetValue<long>());
        Assert.Equal("abc", update["inline_query"]!["query"]!.GetValue<string>());
    }

    private async Task<JsonArray> UpdatesAsync(object parameters)
    {
        var answer = await _app.BotAsync("getUpdates", parameters);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["result"]!.AsArray();
    }
}
