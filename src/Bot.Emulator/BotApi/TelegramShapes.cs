using System.Text.Json.Nodes;
using Bot.Emulator.State;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.BotApi;

/// <summary>Builds Bot API objects (User, Chat, Message) in Telegram's snake_case shape.</summary>
internal sealed class TelegramShapes(IOptions<EmulatorOptions> options)
{
    public JsonObject BotUser()
    {
        var o = options.Value;
        return new JsonObject
        {
            ["id"] = o.BotId,
            ["is_bot"] = true,
            ["first_name"] = o.BotFirstName,
            ["username"] = o.BotUsername,
        };
    }

    public static JsonObject User(EmulatedUser user)
    {
        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["is_bot"] = false,
            ["first_name"] = user.FirstName,
        };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        json["language_code"] = user.LanguageCode;
        return json;
    }

    public static JsonObject Chat(EmulatedUser user)
    {
        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["type"] = "private",
            ["first_name"] = user.FirstName,
        };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        return json;
    }

    public JsonObject Message(StoredMessage message, ChatLog chat)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = message.FromBot ? BotUser() : User(chat.User),
            ["chat"] = Chat(chat.User),
            ["date"] = message.Date.ToUnixTimeSeconds(),
        };
        if (message.EditDate is { } edited)
        {
            json["edit_date"] = edited.ToUnixTimeSeconds();
        }

        switch (message.Kind)
        {
            case MessageKind.Text:
                json["text"] = message.Text;
                if (!message.FromBot && message.Text is { } text && text.StartsWith('/'))
                {
                    var length = text.IndexOfAny([' ', '\n', '\t']) is var end and >= 0 ? end : text.Length;
                    json["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
                }

                break;
            case MessageKind.Photo:
                json["photo"] = message.Attachment?.DeepClone();
                break;
            case MessageKind.Document:
                json["document"] = message.Attachment?.DeepClone();
                break;
            case MessageKind.Contact:
                json["contact"] = message.Attachment?.DeepClone();
                break;
        }

        if (message.Caption is not null)
        {
            json["caption"] = message.Caption;
        }

        if (message.InlineMarkup is not null)
        {
            json["reply_markup"] = message.InlineMarkup.DeepClone();
        }

        return json;
    }
}
