using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests.People;

public sealed class PersonApiTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CallbackByButtonText_PressesTheNewestBotMessageWithThatButton()
    {
        await _app.UserSaysAsync(42, "/start");
        var older = await _app.BotSaysAsync(42, "Old menu", Keyboard(("Пополнить баланс", "wallet:old")));
        var newer = await _app.BotSaysAsync(42, "New menu", Keyboard(("Пополнить баланс", "wallet:topup"), ("Back", "menu")));
        await _app.BotSaysAsync(42, "No buttons here");
        await Confirm();

        var pressed = await _app.PostAsync("/emulator/users/42/callbacks", new { button = "Пополнить баланс" });
        var query = (await Updates())[0]!["callback_query"]!;

        Assert.Equal(HttpStatusCode.OK, pressed.Status);
        Assert.Equal(pressed.Body!["updateId"]!.GetValue<long>(), (await Updates())[0]!["update_id"]!.GetValue<long>());
        Assert.Equal("wallet:topup", query["data"]!.GetValue<string>());
        Assert.Equal(newer["message_id"]!.GetValue<long>(), query["message"]!["message_id"]!.GetValue<long>());
        Assert.NotEqual(older["message_id"]!.GetValue<long>(), query["message"]!["message_id"]!.GetValue<long>());
        Assert.Equal(42, query["from"]!["id"]!.GetValue<long>());
        Assert.False(string.IsNullOrEmpty(query["id"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(query["chat_instance"]!.GetValue<string>()));
        Assert.Equal("menu", query["message"]!["reply_markup"]!["inline_keyboard"]![0]![1]!["callback_data"]!.GetValue<string>());
    }

    [Fact]
    public async Task CallbackByButtonText_WithNoSuchButton_Answers404WithAReason()
    {
        await _app.UserSaysAsync(42, "/start");
        await _app.BotSaysAsync(42, "Menu", Keyboard(("A", "a")));

        var answer = await _app.PostAsync("/emulator/users/42/callbacks", new { button = "Z" });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains("'Z'", answer.Body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallbackByButtonText_OnADeletedMessage_IsNotFound()
    {
        await _app.UserSaysAsync(42, "/start");
        var menu = await _app.BotSaysAsync(42, "Menu", Keyboard(("A", "a")));
        await _app.BotAsync("deleteMessage", new { chat_id = 42, message_id = menu["message_id"]!.GetValue<long>() });

        var answer = await _app.PostAsync("/emulator/users/42/callbacks", new { button = "A" });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task CallbackByMessageIdAndData_SendsThatData()
    {
        await _app.UserSaysAsync(42, "/start");
        var menu = await _app.BotSaysAsync(42, "Menu", Keyboard(("A", "a")));
        await Confirm();

        var answer = await _app.PostAsync("/emulator/users/42/callbacks", new { messageId = menu["message_id"]!.GetValue<long>(), data = "stale:1" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("stale:1", (await Updates())[0]!["callback_query"]!["data"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contact_SharesTheUsersOwnPhone()
    {
        await _app.UserSaysAsync(42, "/start", firstName: "Anna");
        await Confirm();

        var answer = await _app.PostAsync("/emulator/users/42/contact", new { phone = "+79991234567" });
        var message = (await Updates())[0]!["message"]!;

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("+79991234567", message["contact"]!["phone_number"]!.GetValue<string>());
        Assert.Equal(42, message["contact"]!["user_id"]!.GetValue<long>());
        Assert.Equal("Anna", message["contact"]!["first_name"]!.GetValue<string>());
        Assert.Null(message["text"]);
        Assert.Equal("contact", (await _app.TranscriptAsync(42))[^1]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Block_SendsMyChatMemberKicked_AndUnblockTheReverse()
    {
        await _app.UserSaysAsync(42, "/start");
        await Confirm();

        await _app.PostAsync("/emulator/users/42/block");
        await _app.PostAsync("/emulator/users/42/unblock");
        var updates = await Updates();

        var blocked = updates[0]!["my_chat_member"]!;
        Assert.Equal(42, blocked["chat"]!["id"]!.GetValue<long>());
        Assert.Equal(42, blocked["from"]!["id"]!.GetValue<long>());
        Assert.Equal("member", blocked["old_chat_member"]!["status"]!.GetValue<string>());
        Assert.Equal("kicked", blocked["new_chat_member"]!["status"]!.GetValue<string>());
        Assert.Equal(0, blocked["new_chat_member"]!["until_date"]!.GetValue<long>());
        Assert.True(blocked["new_chat_member"]!["user"]!["is_bot"]!.GetValue<bool>());
        var unblocked = updates[1]!["my_chat_member"]!;
        Assert.Equal("kicked", unblocked["old_chat_member"]!["status"]!.GetValue<string>());
        Assert.Equal("member", unblocked["new_chat_member"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _app.BotAsync("sendMessage", new { chat_id = 42, text = "welcome back" })).Status);
    }

    [Fact]
    public async Task WritingAfterBlocking_RestartsTheBot_FirstAnUnblockThenTheMessage()
    {
        await _app.PostAsync("/emulator/users/42/block");
        await Confirm();

        await _app.UserSaysAsync(42, "/start");
        var updates = await Updates();

        Assert.Equal("member", updates[0]!["my_chat_member"]!["new_chat_member"]!["status"]!.GetValue<string>());
        Assert.Equal("/start", updates[1]!["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Transcript_ListsBothSidesOldestFirst_WithKeyboards()
    {
        await _app.UserSaysAsync(42, "/start");
        await _app.BotSaysAsync(42, "Menu", new
        {
            inline_keyboard = new[]
            {
                new object[] { new { text = "Pay", url = "http://sandbox.test/emulator/payments/1" }, new { text = "Help", callback_data = "help" } },
            },
        });

        var transcript = await _app.TranscriptAsync(42);

        Assert.Equal(2, transcript.Count);
        Assert.Equal("user", transcript[0]!["from"]!.GetValue<string>());
        Assert.Equal("/start", transcript[0]!["text"]!.GetValue<string>());
        var bot = transcript[1]!;
        Assert.Equal("bot", bot["from"]!.GetValue<string>());
        Assert.Equal(2, bot["id"]!.GetValue<long>());
        Assert.False(bot["edited"]!.GetValue<bool>());
        Assert.NotNull(bot["date"]);
        Assert.Equal("http://sandbox.test/emulator/payments/1", bot["inlineKeyboard"]![0]![0]!["url"]!.GetValue<string>());
        Assert.Null(bot["inlineKeyboard"]![0]![0]!["callbackData"]);
        Assert.Equal("help", bot["inlineKeyboard"]![0]![1]!["callbackData"]!.GetValue<string>());
        Assert.Null(bot["replyKeyboard"]);
    }

    [Fact]
    public async Task Users_CanBeAddedAndListed()
    {
        var added = await _app.PostAsync("/emulator/users", new { userId = 5, firstName = "Olga", languageCode = "en" });
        await _app.UserSaysAsync(6, "hi");
        await _app.PostAsync("/emulator/users/6/block");

        var users = (await _app.GetAsync("/emulator/users")).Body!.AsArray();

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(new long[] { 5, 6 }, users.Select(u => u!["userId"]!.GetValue<long>()));
        Assert.Equal("Olga", users[0]!["firstName"]!.GetValue<string>());
        Assert.Equal("en", users[0]!["languageCode"]!.GetValue<string>());
        Assert.True(users[1]!["blocked"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/emulator/users/abc/messages", """{"text":"hi"}""")]
    [InlineData("/emulator/users/42/messages", """{"firstName":"no text"}""")]
    [InlineData("/emulator/users/42/messages", """{"text":""")]
    [InlineData("/emulator/users/42/messages", """[1,2]""")]
    [InlineData("/emulator/users/42/messages", """{"text":5}""")]
    [InlineData("/emulator/users/-1/messages", """{"text":"hi"}""")]
    [InlineData("/emulator/users/42/callbacks", """{}""")]
    [InlineData("/emulator/users/42/callbacks", """{"messageId":"x","data":"d"}""")]
    [InlineData("/emulator/users/42/contact", """{"phone":"not a phone"}""")]
    [InlineData("/emulator/users", """{"firstName":"no id"}""")]
    [InlineData("/emulator/updates", """{}""")]
    [InlineData("/emulator/clock/advance", """{"minutes":"soon"}""")]
    [InlineData("/emulator/clock/advance", """{}""")]
    [InlineData("/emulator/limits", """{"globalPerSecond":-3}""")]
    public async Task BadInput_Answers400WithAReason(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var answer = await _app.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Body?["error"]?.GetValue<string>()), answer.Text);
    }

    [Fact]
    public async Task Transcript_OfANonNumericUser_Answers400()
    {
        var answer = await _app.GetAsync("/emulator/users/anna/chat");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    private static object Keyboard(params (string Text, string Data)[] buttons) => new
    {
        inline_keyboard = new[] { buttons.Select(b => new { text = b.Text, callback_data = b.Data }).ToArray() },
    };

    private async Task<JsonArray> Updates() => (await _app.BotAsync("getUpdates")).Body!["result"]!.AsArray();

    /// <summary>Confirms every update so far, so the next <see cref="Updates"/> starts fresh.</summary>
    private async Task Confirm()
    {
        var updates = await Updates();
        if (updates.Count > 0)
        {
            await _app.BotAsync("getUpdates", new { offset = updates[^1]!["update_id"]!.GetValue<long>() + 1 });
        }
    }
}
