using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests.BotApi;

public sealed class BotApiTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task GetMe_AnswersTheBotFromTheToken()
    {
        var answer = await _app.BotAsync("getMe");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Body!["ok"]!.GetValue<bool>());
        var me = answer.Body["result"]!;
        Assert.Equal(100000001, me["id"]!.GetValue<long>());
        Assert.True(me["is_bot"]!.GetValue<bool>());
        Assert.Equal("emulator_bot", me["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongToken_Answers401Unauthorized()
    {
        var answer = await _app.BotAsync("getMe", token: "100000001:wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.False(answer.Body!["ok"]!.GetValue<bool>());
        Assert.Equal(401, answer.Body["error_code"]!.GetValue<int>());
        Assert.Equal("Unauthorized", answer.Body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownMethod_Answers404NotFound()
    {
        var answer = await _app.BotAsync("sendTelepathy", new { chat_id = 1 });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(404, answer.Body!["error_code"]!.GetValue<int>());
        Assert.Equal("Not Found", answer.Body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task MethodNames_AreCaseInsensitive_AndGetWithQueryStringWorks()
    {
        var answer = await _app.GetAsync($"/bot{EmulatorApp.Token}/GETME");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("emulator_bot", answer.Body!["result"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_ReturnsTelegramShapedMessage_WithInlineMarkupOnly()
    {
        await _app.UserSaysAsync(42, "/start", firstName: "Anna");

        var message = await _app.BotSaysAsync(42, "Hello", new
        {
            inline_keyboard = new[] { new object[] { new { text = "Top up", callback_data = "wallet:topup" } } },
        });

        Assert.Equal(2, message["message_id"]!.GetValue<long>());
        Assert.True(message["from"]!["is_bot"]!.GetValue<bool>());
        Assert.Equal(100000001, message["from"]!["id"]!.GetValue<long>());
        Assert.Equal(42, message["chat"]!["id"]!.GetValue<long>());
        Assert.Equal("private", message["chat"]!["type"]!.GetValue<string>());
        Assert.Equal("Anna", message["chat"]!["first_name"]!.GetValue<string>());
        Assert.Equal("Hello", message["text"]!.GetValue<string>());
        Assert.InRange(message["date"]!.GetValue<long>(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
        Assert.Equal("wallet:topup", message["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Null(message["edit_date"]);
    }

    [Fact]
    public async Task SendMessage_WithReplyKeyboard_DoesNotReturnIt_ButShowsItToTheUser()
    {
        await _app.UserSaysAsync(42, "/start");

        var message = await _app.BotSaysAsync(42, "Share your phone", new
        {
            keyboard = new[] { new object[] { new { text = "Send phone", request_contact = true }, "Later" } },
            resize_keyboard = true,
        });

        Assert.Null(message["reply_markup"]);
        var entry = (await _app.TranscriptAsync(42))[^1]!;
        Assert.Equal("Send phone", entry["replyKeyboard"]![0]![0]!.GetValue<string>());
        Assert.Equal("Later", entry["replyKeyboard"]![0]![1]!.GetValue<string>());
        Assert.Equal("Send phone", entry["contactButtons"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task MessageIds_IncreasePerChat()
    {
        await _app.UserSaysAsync(1, "hi");
        await _app.UserSaysAsync(2, "hi");

        var first = await _app.BotSaysAsync(1, "a");
        var second = await _app.BotSaysAsync(1, "b");
        var otherChat = await _app.BotSaysAsync(2, "c");

        Assert.Equal(2, first["message_id"]!.GetValue<long>());
        Assert.Equal(3, second["message_id"]!.GetValue<long>());
        Assert.Equal(2, otherChat["message_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task SendMessage_ToUnknownChat_Answers400ChatNotFound()
    {
        var answer = await _app.BotAsync("sendMessage", new { chat_id = 777, text = "hello?" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(400, answer.Body!["error_code"]!.GetValue<int>());
        Assert.Equal("Bad Request: chat not found", answer.Body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_WithEmptyText_Answers400()
    {
        await _app.UserSaysAsync(42, "hi");

        var answer = await _app.BotAsync("sendMessage", new { chat_id = 42, text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Bad Request: message text is empty", answer.Body!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_WithCallbackDataOver64Bytes_Answers400ButtonDataInvalid()
    {
        await _app.UserSaysAsync(42, "hi");

        var answer = await _app.BotAsync("sendMessage", new
        {
            chat_id = 42,
            text = "x",
            reply_markup = new { inline_keyboard = new[] { new[] { new { text = "b", callback_data = new string('я', 33) } } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", answer.Body!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMessage_AsUrlEncodedForm_IsAccepted()
    {
        await _app.UserSaysAsync(42, "hi");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "42",
            ["text"] = "from a form",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"Go","callback_data":"go"}]]}""",
        });

        var answer = await _app.PostAsync($"/bot{EmulatorApp.Token}/sendMessage", form);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("from a form", answer.Body!["result"]!["text"]!.GetValue<string>());
        Assert.Equal("go", answer.Body["result"]!["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadJsonBody_Answers400_NotA500()
    {
        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");

        var answer = await _app.PostAsync($"/bot{EmulatorApp.Token}/sendMessage", content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body!["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task EditMessageText_ChangesTextAndSetsEditDate_AndTheTranscriptShowsEdited()
    {
        await _app.UserSaysAsync(42, "hi");
        var sent = await _app.BotSaysAsync(42, "Balance: 0");

        var answer = await _app.BotAsync("editMessageText", new { chat_id = 42, message_id = sent["message_id"]!.GetValue<long>(), text = "Balance: 100" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Balance: 100", answer.Body!["result"]!["text"]!.GetValue<string>());
        Assert.NotNull(answer.Body["result"]!["edit_date"]);
        var entry = (await _app.TranscriptAsync(42))[^1]!;
        Assert.Equal("Balance: 100", entry["text"]!.GetValue<string>());
        Assert.True(entry["edited"]!.GetValue<bool>());
    }

    [Fact]
    public async Task EditMessageText_WithSameTextAndMarkup_Answers400NotModified()
    {
        await _app.UserSaysAsync(42, "hi");
        var markup = new { inline_keyboard = new[] { new[] { new { text = "A", callback_data = "a" } } } };
        var sent = await _app.BotSaysAsync(42, "Same", markup);

        var answer = await _app.BotAsync("editMessageText", new { chat_id = 42, message_id = sent["message_id"]!.GetValue<long>(), text = "Same", reply_markup = markup });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith("Bad Request: message is not modified", answer.Body!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMessageReplyMarkup_ReplacesTheKeyboard_AndSameMarkupIsNotModified()
    {
        await _app.UserSaysAsync(42, "hi");
        var sent = await _app.BotSaysAsync(42, "Pick", new { inline_keyboard = new[] { new[] { new { text = "A", callback_data = "a" } } } });
        var id = sent["message_id"]!.GetValue<long>();
        var newMarkup = new { inline_keyboard = new[] { new[] { new { text = "B", callback_data = "b" } } } };

        var changed = await _app.BotAsync("editMessageReplyMarkup", new { chat_id = 42, message_id = id, reply_markup = newMarkup });
        var again = await _app.BotAsync("editMessageReplyMarkup", new { chat_id = 42, message_id = id, reply_markup = newMarkup });

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal("b", changed.Body!["result"]!["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task DeleteMessage_RemovesItFromTheTranscript_AndASecondDeleteAnswers400()
    {
        await _app.UserSaysAsync(42, "hi");
        var sent = await _app.BotSaysAsync(42, "Temporary");
        var id = sent["message_id"]!.GetValue<long>();

        var deleted = await _app.BotAsync("deleteMessage", new { chat_id = 42, message_id = id });
        var again = await _app.BotAsync("deleteMessage", new { chat_id = 42, message_id = id });

        Assert.True(deleted.Body!["result"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.DoesNotContain(await _app.TranscriptAsync(42), e => e!["text"]?.GetValue<string>() == "Temporary");
    }

    [Fact]
    public async Task SendPhoto_ByFileId_StoresCaptionAndPhotoSizes()
    {
        await _app.UserSaysAsync(42, "hi");

        var answer = await _app.BotAsync("sendPhoto", new { chat_id = 42, photo = "AgACfile", caption = "Your QR" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var message = answer.Body!["result"]!;
        Assert.Equal("Your QR", message["caption"]!.GetValue<string>());
        Assert.Equal("AgACfile", message["photo"]![0]!["file_id"]!.GetValue<string>());
        var entry = (await _app.TranscriptAsync(42))[^1]!;
        Assert.Equal("photo", entry["kind"]!.GetValue<string>());
        Assert.Equal("Your QR", entry["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendDocument_AsMultipartUpload_KeepsFileNameAndCaption()
    {
        await _app.UserSaysAsync(42, "hi");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("42"), "chat_id" },
            { new StringContent("Report"), "caption" },
            { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()), "document", "report.csv" },
        };

        var answer = await _app.PostAsync($"/bot{EmulatorApp.Token}/sendDocument", form);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("report.csv", answer.Body!["result"]!["document"]!["file_name"]!.GetValue<string>());
        Assert.Equal(8, answer.Body["result"]!["document"]!["file_size"]!.GetValue<long>());
        Assert.Equal("report.csv", (await _app.TranscriptAsync(42))[^1]!["attachment"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswerCallbackQuery_AcceptsAnOpenQueryOnce()
    {
        await _app.UserSaysAsync(42, "hi");
        await _app.BotSaysAsync(42, "Pick", new { inline_keyboard = new[] { new[] { new { text = "A", callback_data = "a" } } } });
        await _app.PostAsync("/emulator/users/42/callbacks", new { button = "A" });
        var updates = (await _app.BotAsync("getUpdates")).Body!["result"]!.AsArray();
        var queryId = updates[^1]!["callback_query"]!["id"]!.GetValue<string>();

        var first = await _app.BotAsync("answerCallbackQuery", new { callback_query_id = queryId, text = "Done" });
        var second = await _app.BotAsync("answerCallbackQuery", new { callback_query_id = queryId });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
    }

    [Fact]
    public async Task SetMyCommands_ThenGetMyCommands_ReturnsThemPerLanguage()
    {
        var commands = new[] { new { command = "start", description = "Start" }, new { command = "menu", description = "Menu" } };

        var set = await _app.BotAsync("setMyCommands", new { commands, language_code = "en" });
        var en = await _app.BotAsync("getMyCommands", new { language_code = "en" });
        var ru = await _app.BotAsync("getMyCommands", new { language_code = "ru" });

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal(new[] { "start", "menu" }, en.Body!["result"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()));
        Assert.Empty(ru.Body!["result"]!.AsArray());
    }

    [Fact]
    public async Task SetMyCommands_WithInvalidCommand_Answers400()
    {
        var answer = await _app.BotAsync("setMyCommands", new { commands = new[] { new { command = "Bad Command", description = "x" } } });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task BlockedUser_SendsAnswer403Forbidden()
    {
        await _app.UserSaysAsync(42, "hi");
        await _app.PostAsync("/emulator/users/42/block");

        var answer = await _app.BotAsync("sendMessage", new { chat_id = 42, text = "Still there?" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal(403, answer.Body!["error_code"]!.GetValue<int>());
        Assert.Equal("Forbidden: bot was blocked by the user", answer.Body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Limits_PerChat_Answer429WithRetryAfter_OtherChatsStillSend()
    {
        await _app.UserSaysAsync(1, "hi");
        await _app.UserSaysAsync(2, "hi");
        await _app.PostAsync("/emulator/limits", new { globalPerSecond = (int?)null, perChatPerSecond = 1 });

        var first = await _app.BotAsync("sendMessage", new { chat_id = 1, text = "one" });
        var second = await _app.BotAsync("sendMessage", new { chat_id = 1, text = "two" });
        var otherChat = await _app.BotAsync("sendMessage", new { chat_id = 2, text = "three" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode)429, second.Status);
        Assert.StartsWith("Too Many Requests: retry after ", second.Body!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(second.Body["parameters"]!["retry_after"]!.GetValue<int>() >= 1);
        Assert.Equal(HttpStatusCode.OK, otherChat.Status);
    }

    [Fact]
    public async Task Limits_Global_Answer429_AndZeroTurnsThemOff()
    {
        await _app.UserSaysAsync(1, "hi");
        await _app.UserSaysAsync(2, "hi");
        await _app.PostAsync("/emulator/limits", new { globalPerSecond = 1, perChatPerSecond = 0 });

        var first = await _app.BotAsync("sendMessage", new { chat_id = 1, text = "one" });
        var second = await _app.BotAsync("sendMessage", new { chat_id = 2, text = "two" });
        await _app.PostAsync("/emulator/limits", new { globalPerSecond = 0, perChatPerSecond = 0 });
        var afterReset = await _app.BotAsync("sendMessage", new { chat_id = 2, text = "three" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode)429, second.Status);
        Assert.Equal(HttpStatusCode.OK, afterReset.Status);
    }

    [Fact]
    public async Task Calls_ListEveryBotApiCall_WithChatAndOutcome_AndDeleteClearsThem()
    {
        await _app.UserSaysAsync(42, "hi");
        await _app.BotAsync("getMe");
        await _app.BotAsync("sendMessage", new { chat_id = 42, text = "ok" });
        await _app.BotAsync("sendMessage", new { chat_id = 9, text = "nobody" });

        var calls = (await _app.GetAsync("/emulator/calls")).Body!.AsArray();
        var toOneChat = (await _app.GetAsync("/emulator/calls?chatId=9")).Body!.AsArray();
        await _app.Http.DeleteAsync(new Uri("/emulator/calls", UriKind.Relative));
        var cleared = (await _app.GetAsync("/emulator/calls")).Body!.AsArray();

        Assert.Equal(3, calls.Count);
        Assert.Equal("getMe", calls[0]!["method"]!.GetValue<string>());
        Assert.Null(calls[0]!["chatId"]);
        Assert.Equal(42, calls[1]!["chatId"]!.GetValue<long>());
        Assert.True(calls[1]!["ok"]!.GetValue<bool>());
        Assert.False(calls[2]!["ok"]!.GetValue<bool>());
        Assert.Equal(400, calls[2]!["errorCode"]!.GetValue<int>());
        Assert.NotNull(calls[0]!["at"]);
        Assert.Equal(9, Assert.Single(toOneChat)!["chatId"]!.GetValue<long>());
        Assert.Empty(cleared);
    }
}
