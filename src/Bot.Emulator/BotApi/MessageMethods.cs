using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Emulator.State;

namespace Bot.Emulator.BotApi;

/// <summary>Sending, editing and deleting messages, and answering callback queries.</summary>
internal sealed class MessageMethods(EmulatorState state, TelegramShapes shapes, VirtualClock clock, FileStorage files) : IBotApiMethodGroup
{
    private const int MaxTextLength = 4096;
    private const int MaxCaptionLength = 1024;
    private const int MaxCallbackDataBytes = 64;

    public void AddTo(IDictionary<string, BotApiHandler> methods)
    {
        methods["sendMessage"] = Sync(SendMessage);
        methods["sendPhoto"] = Sync(p => SendFile(p, MessageKind.Photo));
        methods["sendDocument"] = Sync(p => SendFile(p, MessageKind.Document));
        methods["editMessageText"] = Sync(EditMessageText);
        methods["editMessageCaption"] = Sync(EditMessageCaption);
        methods["editMessageReplyMarkup"] = Sync(EditMessageReplyMarkup);
        methods["deleteMessage"] = Sync(DeleteMessage);
        methods["answerCallbackQuery"] = Sync(AnswerCallbackQuery);
        methods["sendChatAction"] = Sync(SendChatAction);
        methods["getChat"] = Sync(GetChat);
        methods["getFile"] = Sync(GetFile);
    }

    private BotApiHandler Sync(Func<BotApiParameters, BotApiResult> method) => (parameters, _) =>
    {
        lock (state.Sync)
        {
            return Task.FromResult(method(parameters));
        }
    };

    private BotApiResult SendMessage(BotApiParameters p)
    {
        var chat = ResolveChat(p, forSending: true);
        var text = p.GetString("text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            throw BotApiException.BadRequest("message is too long");
        }

        var (inline, reply) = ParseMarkup(p.GetObject("reply_markup"));
        var message = chat.Add(fromBot: true, MessageKind.Text, clock.GetUtcNow());
        message.Text = text;
        message.InlineMarkup = inline;
        message.ReplyMarkup = reply;
        return new BotApiResult(shapes.Message(message, chat));
    }

    private BotApiResult SendFile(BotApiParameters p, MessageKind kind)
    {
        var chat = ResolveChat(p, forSending: true);
        var field = kind == MessageKind.Photo ? "photo" : "document";
        var (upload, reference) = p.GetFile(field);
        if (upload is null && reference is null)
        {
            throw BotApiException.BadRequest($"there is no {field} in the request");
        }

        var caption = p.GetString("caption");
        if (caption?.Length > MaxCaptionLength)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }

        var (inline, reply) = ParseMarkup(p.GetObject("reply_markup"));
        var message = chat.Add(fromBot: true, kind, clock.GetUtcNow());
        message.Caption = string.IsNullOrEmpty(caption) ? null : caption;
        message.InlineMarkup = inline;
        message.ReplyMarkup = reply;
        message.Attachment = kind == MessageKind.Photo ? PhotoOf(upload, reference) : DocumentOf(upload, reference);
        return new BotApiResult(shapes.Message(message, chat));
    }

    private BotApiResult EditMessageText(BotApiParameters p)
    {
        var (chat, message) = ResolveBotMessage(p, "edit");
        if (message.Kind != MessageKind.Text)
        {
            throw BotApiException.BadRequest("there is no text in the message to edit");
        }

        var text = p.GetString("text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        var inline = ParseInlineMarkup(p);
        if (text == message.Text && JsonNode.DeepEquals(inline, message.InlineMarkup))
        {
            throw NotModified();
        }

        message.Text = text;
        message.InlineMarkup = inline;
        message.EditDate = clock.GetUtcNow();
        return new BotApiResult(shapes.Message(message, chat));
    }

    private BotApiResult EditMessageCaption(BotApiParameters p)
    {
        var (chat, message) = ResolveBotMessage(p, "edit");
        if (message.Kind is not (MessageKind.Photo or MessageKind.Document))
        {
            throw BotApiException.BadRequest("there is no caption in the message to edit");
        }

        var caption = p.GetString("caption");
        caption = string.IsNullOrEmpty(caption) ? null : caption;
        if (caption?.Length > MaxCaptionLength)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }

        var inline = ParseInlineMarkup(p);
        if (caption == message.Caption && JsonNode.DeepEquals(inline, message.InlineMarkup))
        {
            throw NotModified();
        }

        message.Caption = caption;
        message.InlineMarkup = inline;
        message.EditDate = clock.GetUtcNow();
        return new BotApiResult(shapes.Message(message, chat));
    }

    private BotApiResult EditMessageReplyMarkup(BotApiParameters p)
    {
        var (chat, message) = ResolveBotMessage(p, "edit");
        var inline = ParseInlineMarkup(p);
        if (JsonNode.DeepEquals(inline, message.InlineMarkup))
        {
            throw NotModified();
        }

        message.InlineMarkup = inline;
        message.EditDate = clock.GetUtcNow();
        return new BotApiResult(shapes.Message(message, chat));
    }

    private BotApiResult DeleteMessage(BotApiParameters p)
    {
        var chat = ResolveChat(p, forSending: false);
        var message = chat.Find(p.RequireLong("message_id"))
            ?? throw BotApiException.BadRequest("message to delete not found");
        message.Deleted = true;
        return BotApiResult.True();
    }

    private BotApiResult AnswerCallbackQuery(BotApiParameters p)
    {
        var id = p.GetString("callback_query_id");
        if (string.IsNullOrEmpty(id) || !state.AnswerCallbackQuery(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        return BotApiResult.True();
    }

    private BotApiResult SendChatAction(BotApiParameters p)
    {
        ResolveChat(p, forSending: true);
        return BotApiResult.True();
    }

    private BotApiResult GetChat(BotApiParameters p)
    {
        var chat = ResolveChat(p, forSending: false);
        var json = TelegramShapes.Chat(chat.User);
        json["accent_color_id"] = 0;
        json["max_reaction_count"] = 11;
        return new BotApiResult(json);
    }

    /// <summary>The photo sizes of a sent photo: an upload gets three sizes (each its own file id, as Telegram
    /// gives); a known file id is sent again as it is; a URL or an id the emulator never saw is kept as given.</summary>
    private JsonArray PhotoOf(UploadedFile? upload, string? reference)
    {
        if (upload is not null)
        {
            var type = Files.ImageFormat.ContentTypeOf(upload.Content)
                ?? throw BotApiException.BadRequest("IMAGE_PROCESS_FAILED");
            return files.AddPhoto(upload.Content, type);
        }

        if (files.Find(reference!) is { } known)
        {
            return [FileStorage.PhotoSize(known, 800, 800)];
        }

        var isUrl = reference!.Contains("://", StringComparison.Ordinal);
        var record = files.Add(photo: true, content: null, "image/jpeg", url: isUrl ? reference : null, fileId: isUrl ? null : reference);
        return [FileStorage.PhotoSize(record, 800, 800)];
    }

    private JsonObject DocumentOf(UploadedFile? upload, string? reference)
    {
        var record = upload is not null
            ? files.Add(photo: false, upload.Content, string.IsNullOrEmpty(upload.ContentType) ? "application/octet-stream" : upload.ContentType)
            : files.Find(reference!) ?? (reference!.Contains("://", StringComparison.Ordinal)
                ? files.Add(photo: false, content: null, "application/octet-stream", url: reference)
                : files.Add(photo: false, content: null, "application/octet-stream", fileId: reference));
        return new JsonObject
        {
            ["file_id"] = record.FileId,
            ["file_unique_id"] = record.UniqueId,
            ["file_name"] = upload?.FileName ?? FileNameOf(reference) ?? "document",
            ["mime_type"] = record.ContentType,
            ["file_size"] = upload?.Length ?? 1024,
        };
    }

    /// <summary><c>getFile</c>: the file's path for the download route <c>/file/bot{token}/{file_path}</c>.</summary>
    private BotApiResult GetFile(BotApiParameters p)
    {
        var fileId = p.GetString("file_id");
        if (string.IsNullOrEmpty(fileId))
        {
            throw BotApiException.BadRequest("file_id not specified");
        }

        var file = files.Find(fileId) ?? throw BotApiException.BadRequest("invalid file_id");
        var json = new JsonObject
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.UniqueId,
        };
        if (file.Content is not null)
        {
            json["file_size"] = file.Size;
            json["file_path"] = file.FilePath;
        }

        return new BotApiResult(json);
    }

    private ChatLog ResolveChat(BotApiParameters p, bool forSending)
    {
        var raw = p.GetString("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        var chat = raw.StartsWith('@')
            ? state.FindChatByUsername(raw[1..])
            : long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? state.FindChat(id) : null;
        if (chat is null)
        {
            throw BotApiException.BadRequest("chat not found");
        }

        if (forSending && chat.User.Blocked)
        {
            throw new BotApiException(403, "Forbidden: bot was blocked by the user");
        }

        return chat;
    }

    private (ChatLog Chat, StoredMessage Message) ResolveBotMessage(BotApiParameters p, string action)
    {
        if (p.Has("inline_message_id"))
        {
            throw BotApiException.BadRequest("inline messages are not supported by the emulator");
        }

        var chat = ResolveChat(p, forSending: true);
        var message = chat.Find(p.RequireLong("message_id"))
            ?? throw BotApiException.BadRequest($"message to {action} not found");
        if (!message.FromBot)
        {
            throw BotApiException.BadRequest($"message can't be {action}ed");
        }

        return (chat, message);
    }

    private static BotApiException NotModified() => BotApiException.BadRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

    private static JsonObject? ParseInlineMarkup(BotApiParameters p)
    {
        var (inline, reply) = ParseMarkup(p.GetObject("reply_markup"));
        return reply is null ? inline : throw BotApiException.BadRequest("inline keyboard expected");
    }

    /// <summary>Splits a reply_markup into the inline keyboard (returned with the message) and the reply keyboard (shown to the user).</summary>
    private static (JsonObject? Inline, JsonObject? Reply) ParseMarkup(JsonObject? markup)
    {
        if (markup is null)
        {
            return (null, null);
        }

        if (markup["inline_keyboard"] is JsonArray inlineRows)
        {
            var rows = new JsonArray();
            foreach (var row in inlineRows)
            {
                var buttons = new JsonArray();
                foreach (var button in row as JsonArray ?? throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays"))
                {
                    buttons.Add(InlineButton(button));
                }

                rows.Add(buttons);
            }

            return (rows.Count == 0 ? null : new JsonObject { ["inline_keyboard"] = rows }, null);
        }

        if (markup["keyboard"] is JsonArray keyboardRows)
        {
            foreach (var row in keyboardRows)
            {
                foreach (var button in row as JsonArray ?? throw BotApiException.BadRequest("field \"keyboard\" of the ReplyKeyboardMarkup must be an Array of Arrays"))
                {
                    var text = TextOf(button is JsonObject b ? b["text"] : button);
                    if (string.IsNullOrEmpty(text))
                    {
                        throw BotApiException.BadRequest("can't parse keyboard button: Text must be non-empty");
                    }
                }
            }

            return (null, (JsonObject)markup.DeepClone());
        }

        if (markup.ContainsKey("remove_keyboard"))
        {
            return (null, new JsonObject { ["remove_keyboard"] = true });
        }

        if (markup.ContainsKey("force_reply"))
        {
            return (null, null);
        }

        throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
    }

    private static JsonObject InlineButton(JsonNode? node)
    {
        if (node is not JsonObject button || TextOf(button["text"]) is not { Length: > 0 })
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text must be non-empty");
        }

        var data = TextOf(button["callback_data"]);
        if (button.ContainsKey("callback_data") && (data is null || data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
        {
            throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }

        if (button.Count == 1)
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        var copy = new JsonObject();
        foreach (var (key, value) in button)
        {
            if (value is not null)
            {
                copy[key] = value.DeepClone();
            }
        }

        return copy;
    }

    private static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? FileNameOf(string? reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) ? Path.GetFileName(uri.AbsolutePath) : null;
}
