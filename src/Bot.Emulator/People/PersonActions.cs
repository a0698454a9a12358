using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Emulator.BotApi;
using Bot.Emulator.State;

namespace Bot.Emulator.People;

/// <summary>
/// What a person does in Telegram: write, press a button, share their contact, block the bot. Each
/// action records the user's side of the chat and queues the update Telegram would send the bot.
/// </summary>
internal sealed partial class PersonActions(EmulatorState state, UpdateHub hub, TelegramShapes shapes, VirtualClock clock, FileStorage files)
{
    private const string DefaultLanguage = "ru";
    private const int MaxCaptionLength = 1024;
    private const int MaxPhotoBytes = 10 * 1024 * 1024;

    public UserInfo Upsert(long userId, UserProfile profile)
    {
        lock (state.Sync)
        {
            return Info(Chat(userId, profile).User);
        }
    }

    public IReadOnlyList<UserInfo> Users()
    {
        lock (state.Sync)
        {
            return [.. state.Chats.Select(c => Info(c.User)).OrderBy(u => u.UserId)];
        }
    }

    public long SendText(long userId, string text, UserProfile profile)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw EmulatorRequestException.BadRequest("text is empty or only whitespace: Telegram does not send such a message");
        }

        lock (state.Sync)
        {
            var chat = Chat(userId, profile);
            RestartIfBlocked(chat);
            var message = chat.Add(fromBot: false, MessageKind.Text, clock.GetUtcNow());
            message.Text = text;
            return Enqueue("message", shapes.Message(message, chat));
        }
    }

    /// <summary>Sends a photo: the given image (PNG, JPEG, GIF or WebP, at most 10 MB) or, without one, a small
    /// generated PNG; Telegram's three sizes, each its own file id, and the caption.</summary>
    public long SendPhoto(long userId, string? caption, byte[]? image, UserProfile profile)
    {
        if (caption?.Length > MaxCaptionLength)
        {
            throw EmulatorRequestException.BadRequest($"caption is longer than {MaxCaptionLength} characters");
        }

        if (image is { Length: > MaxPhotoBytes })
        {
            throw EmulatorRequestException.BadRequest($"the image has {image.Length} bytes; Telegram takes photos up to {MaxPhotoBytes}");
        }

        var content = image ?? Files.GeneratedPng.Create(seed: (int)(userId % 6));
        var contentType = Files.ImageFormat.ContentTypeOf(content)
            ?? throw EmulatorRequestException.BadRequest("base64 is not a PNG, JPEG, GIF or WebP image");
        lock (state.Sync)
        {
            var chat = Chat(userId, profile);
            RestartIfBlocked(chat);
            var message = chat.Add(fromBot: false, MessageKind.Photo, clock.GetUtcNow());
            message.Caption = string.IsNullOrEmpty(caption) ? null : caption;
            message.Attachment = files.AddPhoto(content, contentType);
            return Enqueue("message", shapes.Message(message, chat));
        }
    }

    public long ShareContact(long userId, string phone, UserProfile profile, long? contactUserId = null)
    {
        if (!Phone().IsMatch(phone))
        {
            throw EmulatorRequestException.BadRequest($"'{phone}' is not a phone number");
        }

        lock (state.Sync)
        {
            var chat = Chat(userId, profile);
            RestartIfBlocked(chat);
            var message = chat.Add(fromBot: false, MessageKind.Contact, clock.GetUtcNow());
            message.Text = phone;
            message.Attachment = new JsonObject
            {
                ["phone_number"] = phone,
                ["first_name"] = chat.User.FirstName,
                // Someone else's contact (CONTRACTS.md: {"phone","userId":N}) carries their id.
                ["user_id"] = contactUserId ?? chat.User.Id,
            };
            return Enqueue("message", shapes.Message(message, chat));
        }
    }

    /// <summary>Presses the inline button with this text on the newest bot message that has one.</summary>
    public long PressButton(long userId, string buttonText)
    {
        lock (state.Sync)
        {
            var chat = ExistingChat(userId);
            for (var i = chat.Messages.Count - 1; i >= 0; i--)
            {
                var message = chat.Messages[i];
                if (message.Deleted || !message.FromBot || message.InlineMarkup is null)
                {
                    continue;
                }

                var button = InlineButtons(message).FirstOrDefault(b => b.Text == buttonText);
                if (button is null)
                {
                    continue;
                }

                return button.CallbackData is { } data
                    ? Press(chat, message, data)
                    : throw EmulatorRequestException.BadRequest(
                        $"the button '{buttonText}' of message {message.MessageId} has no callback data (url: {button.Url ?? "none"})");
            }

            throw EmulatorRequestException.NotFound($"no bot message in the chat with user {userId} has an inline button '{buttonText}'");
        }
    }

    /// <summary>Sends a callback query with any data for a bot message, as a stale or forged press would.</summary>
    public long PressData(long userId, long messageId, string data)
    {
        lock (state.Sync)
        {
            var chat = ExistingChat(userId);
            var message = chat.Find(messageId)
                ?? throw EmulatorRequestException.NotFound($"message {messageId} is not in the chat with user {userId}");
            return message.FromBot
                ? Press(chat, message, data)
                : throw EmulatorRequestException.BadRequest($"message {messageId} is the user's own message, it has no buttons");
        }
    }

    /// <summary>Blocks (or unblocks) the bot: a my_chat_member update; while blocked, sends to the user get 403.</summary>
    public long SetBlocked(long userId, bool blocked)
    {
        lock (state.Sync)
        {
            var chat = Chat(userId, new UserProfile(null, null, null));
            if (chat.User.Blocked == blocked)
            {
                throw new EmulatorRequestException(409, blocked ? "the user has already blocked the bot" : "the user has not blocked the bot");
            }

            return ChangeMembership(chat, blocked);
        }
    }

    public IReadOnlyList<TranscriptEntry> Transcript(long userId)
    {
        lock (state.Sync)
        {
            return state.FindChat(userId)?.Messages.Where(m => !m.Deleted).Select(m => Entry(m, FileUrl(m))).ToList() ?? [];
        }
    }

    /// <summary>Writing to a bot one has blocked restarts it, as Telegram's "Restart" button does.</summary>
    private void RestartIfBlocked(ChatLog chat)
    {
        if (chat.User.Blocked)
        {
            ChangeMembership(chat, blocked: false);
        }
    }

    private long ChangeMembership(ChatLog chat, bool blocked)
    {
        chat.User.Blocked = blocked;
        var member = new JsonObject { ["status"] = "member", ["user"] = shapes.BotUser() };
        var kicked = new JsonObject { ["status"] = "kicked", ["until_date"] = 0, ["user"] = shapes.BotUser() };
        return Enqueue("my_chat_member", new JsonObject
        {
            ["chat"] = TelegramShapes.Chat(chat.User),
            ["from"] = TelegramShapes.User(chat.User),
            ["date"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["old_chat_member"] = blocked ? member : kicked,
            ["new_chat_member"] = blocked ? kicked : member,
        });
    }

    private long Press(ChatLog chat, StoredMessage message, string data) => Enqueue("callback_query", new JsonObject
    {
        ["id"] = state.OpenCallbackQuery(),
        ["from"] = TelegramShapes.User(chat.User),
        ["message"] = shapes.Message(message, chat),
        ["chat_instance"] = chat.ChatInstance,
        ["data"] = data,
    });

    private long Enqueue(string type, JsonObject body) => hub.Enqueue(new JsonObject { [type] = body }).UpdateId;

    private ChatLog Chat(long userId, UserProfile profile)
    {
        var chat = state.GetOrAddChat(userId, () => new EmulatedUser(
            userId,
            "User" + userId.ToString(CultureInfo.InvariantCulture),
            DefaultLanguage));
        var user = chat.User;
        user.FirstName = string.IsNullOrWhiteSpace(profile.FirstName) ? user.FirstName : profile.FirstName;
        user.LanguageCode = string.IsNullOrWhiteSpace(profile.LanguageCode) ? user.LanguageCode : profile.LanguageCode;
        user.Username = string.IsNullOrWhiteSpace(profile.Username) ? user.Username : profile.Username.TrimStart('@');
        return chat;
    }

    private ChatLog ExistingChat(long userId) => state.FindChat(userId)
        ?? throw EmulatorRequestException.NotFound($"user {userId} has no chat with the bot yet");

    private static UserInfo Info(EmulatedUser user) =>
        new(user.Id, user.FirstName, user.Username, user.LanguageCode, user.Blocked);

    /// <summary>Where the web chat loads a message's image or file: <c>/emulator/files/{file_id}</c> for bytes the
    /// emulator holds, the URL for a file sent by URL, null otherwise.</summary>
    private string? FileUrl(StoredMessage message)
    {
        var fileId = message.Kind switch
        {
            MessageKind.Photo => (message.Attachment as JsonArray)?.LastOrDefault()?["file_id"]?.ToString(),
            MessageKind.Document => message.Attachment?["file_id"]?.ToString(),
            _ => null,
        };
        return fileId is null ? null : files.Find(fileId) switch
        {
            { Content: not null } => "/emulator/files/" + Uri.EscapeDataString(fileId),
            { Url: { } url } => url,
            _ => null,
        };
    }

    private static TranscriptEntry Entry(StoredMessage message, string? fileUrl)
    {
        var rows = message.ReplyMarkup?["keyboard"] as JsonArray;
        IReadOnlyList<IReadOnlyList<string>>? replyKeyboard = rows?
            .Select(row => (IReadOnlyList<string>)[.. (row as JsonArray ?? []).Select(ButtonText)])
            .ToList();
        IReadOnlyList<string>? contactButtons = rows?
            .SelectMany(row => row as JsonArray ?? [])
            .Where(b => b is JsonObject o && o["request_contact"] is JsonValue v && v.TryGetValue<bool>(out var r) && r)
            .Select(ButtonText)
            .ToList();
        return new TranscriptEntry(
            message.MessageId,
            message.FromBot ? "bot" : "user",
            message.Kind is MessageKind.Photo or MessageKind.Document ? message.Caption : message.Text,
            InlineKeyboard(message),
            replyKeyboard,
            message.EditDate is not null,
            message.Date,
            message.Kind.ToString().ToLowerInvariant(),
            contactButtons,
            message.ReplyMarkup?.ContainsKey("remove_keyboard") == true,
            message.Kind == MessageKind.Document ? message.Attachment?["file_name"]?.ToString() : null,
            fileUrl);
    }

    private static List<IReadOnlyList<TranscriptButton>> InlineKeyboard(StoredMessage message) =>
        [.. (message.InlineMarkup?["inline_keyboard"] as JsonArray ?? [])
            .Select(row => (IReadOnlyList<TranscriptButton>)[.. (row as JsonArray ?? []).OfType<JsonObject>().Select(Button)])];

    private static IEnumerable<TranscriptButton> InlineButtons(StoredMessage message) =>
        InlineKeyboard(message).SelectMany(row => row);

    private static TranscriptButton Button(JsonObject button) => new(
        button["text"]?.ToString() ?? string.Empty,
        button["callback_data"]?.ToString(),
        button["url"]?.ToString());

    private static string ButtonText(JsonNode? button) =>
        (button is JsonObject o ? o["text"] : button)?.ToString() ?? string.Empty;

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{4,20}$")]
    private static partial Regex Phone();
}
