using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Emulator.Tests.BotApi;

/// <summary>The bot's real client (Telegram.Bot 22) against the emulator: requests and answers must round-trip.</summary>
public sealed class TelegramClientCompatibilityTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;
    private HttpClient _http = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _app = await EmulatorApp.StartAsync();
        _http = new HttpClient();
        _bot = new TelegramBotClient(new TelegramBotClientOptions(EmulatorApp.Token, _app.BaseUrl), _http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task GetMe_DeserializesAsTheBot()
    {
        var me = await _bot.GetMe();

        Assert.Equal(100000001, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("emulator_bot", me.Username);
    }

    [Fact]
    public async Task UpdatesAndMessages_RoundTripThroughTheClient()
    {
        await _app.PostAsync("/emulator/users/42/messages", new { text = "/start", firstName = "Anna", languageCode = "en" });

        var updates = await _bot.GetUpdates();
        var incoming = Assert.Single(updates).Message!;
        var sent = await _bot.SendMessage(incoming.Chat.Id, "Menu", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Top up", "wallet:topup"),
            InlineKeyboardButton.WithUrl("Site", "https://example.org/")));
        var edited = await _bot.EditMessageText(sent.Chat.Id, sent.MessageId, "Menu (edited)", replyMarkup: sent.ReplyMarkup);

        Assert.Equal(UpdateType.Message, updates[0].Type);
        Assert.Equal("Anna", incoming.From!.FirstName);
        Assert.Equal("en", incoming.From.LanguageCode);
        Assert.Equal(MessageEntityType.BotCommand, incoming.Entities![0].Type);
        Assert.Equal(ChatType.Private, sent.Chat.Type);
        Assert.True(sent.From!.IsBot);
        Assert.Equal("wallet:topup", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
        Assert.NotNull(edited.EditDate);
        Assert.Equal("Menu (edited)", edited.Text);
    }

    [Fact]
    public async Task CallbackQueries_AndBlocking_DeserializeWithTheirTypes()
    {
        await _app.UserSaysAsync(42, "/start");
        await _bot.SendMessage(42, "Menu", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Help", "help")));
        await _app.PostAsync("/emulator/users/42/callbacks", new { button = "Help" });
        await _app.PostAsync("/emulator/users/42/contact", new { phone = "+79991234567" });
        await _app.PostAsync("/emulator/users/42/block");

        var updates = await _bot.GetUpdates(offset: 2);

        Assert.Equal("help", updates[0].CallbackQuery!.Data);
        Assert.Equal("Menu", updates[0].CallbackQuery!.Message!.Type == MessageType.Text ? ((Message)updates[0].CallbackQuery!.Message!).Text : null);
        await _bot.AnswerCallbackQuery(updates[0].CallbackQuery!.Id, "OK");
        Assert.Equal("+79991234567", updates[1].Message!.Contact!.PhoneNumber);
        Assert.Equal(ChatMemberStatus.Kicked, updates[2].MyChatMember!.NewChatMember.Status);
        var forbidden = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "anyone?"));
        Assert.Equal(403, forbidden.ErrorCode);
    }

    [Fact]
    public async Task TooManyRequests_SurfaceAsRetryAfter_WhenTheClientDoesNotRetry()
    {
        await _app.UserSaysAsync(42, "hi");
        await _app.PostAsync("/emulator/limits", new { perChatPerSecond = 1 });
        var noRetry = new TelegramBotClient(new TelegramBotClientOptions(EmulatorApp.Token, _app.BaseUrl) { RetryThreshold = 0 }, _http);

        await noRetry.SendMessage(42, "one");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => noRetry.SendMessage(42, "two"));

        Assert.Equal(429, error.ErrorCode);
        Assert.True(error.Parameters!.RetryAfter >= 1);
    }

    [Fact]
    public async Task TooManyRequests_TheClientsOwnRetryWaitsRetryAfterAndSucceeds()
    {
        await _app.UserSaysAsync(42, "hi");
        await _app.PostAsync("/emulator/limits", new { perChatPerSecond = 1 });

        await _bot.SendMessage(42, "one");
        var second = await _bot.SendMessage(42, "two");

        Assert.Equal("two", second.Text);
        var calls = (await _app.GetAsync("/emulator/calls")).Body!.AsArray().Where(c => c!["method"]!.GetValue<string>() == "sendMessage");
        Assert.Equal(new int?[] { null, 429, null }, calls.Select(c => c!["errorCode"]?.GetValue<int>()));
    }

    [Fact]
    public async Task SendPhoto_Upload_AndReplyKeyboardWithContactRequest()
    {
        await _app.UserSaysAsync(42, "hi");
        using var image = new MemoryStream(Bot.Emulator.Files.GeneratedPng.Create());

        var photo = await _bot.SendPhoto(42, InputFile.FromStream(image, "qr.png"), caption: "Your code",
            replyMarkup: new ReplyKeyboardMarkup(KeyboardButton.WithRequestContact("Share phone")) { ResizeKeyboard = true });

        Assert.Equal("Your code", photo.Caption);
        Assert.NotEmpty(photo.Photo!);
        var entry = (await _app.TranscriptAsync(42))[^1]!;
        Assert.Equal("Share phone", entry["contactButtons"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_SetAndInfo_ThroughTheClient()
    {
        await _bot.SetWebhook(_app.HookUrl, secretToken: "abc", allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery]);

        var info = await _bot.GetWebhookInfo();
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates());

        Assert.Equal(_app.HookUrl, info.Url);
        Assert.Equal([UpdateType.Message, UpdateType.CallbackQuery], info.AllowedUpdates);
        Assert.Equal(409, conflict.ErrorCode);
    }

    [Fact]
    public async Task Commands_RoundTrip()
    {
        await _bot.SetMyCommands([new BotCommand("start", "Start"), new BotCommand("help", "Help")]);

        var commands = await _bot.GetMyCommands();

        Assert.Equal(["start", "help"], commands.Select(c => c.Command));
    }
}
