using System.Text.Json;
using Bot.Engine.Inbox;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Engine.Routing;

public static class InputParser
{
    public static Input Parse(InboxEnvelope envelope) => ParseBody(envelope) with { Key = envelope.DedupKey };

    private static Input ParseBody(InboxEnvelope envelope)
    {
        if (envelope.Command is { } command)
        {
            return new Input { Kind = InputKind.Internal, Internal = command };
        }

        Update update;
        try
        {
            update = envelope.Update!.Value.Deserialize<Update>(JsonBotAPI.Options)
                ?? throw new InvalidInboxMessageException("Empty update.");
        }
        catch (JsonException ex)
        {
            throw new InvalidInboxMessageException("The queued update is not a Telegram update: " + ex.Message, ex);
        }

        return FromUpdate(update);
    }

    public static Input FromUpdate(Update update)
    {
        if (update.CallbackQuery is { } cq)
        {
            return WithUser(cq.From, new Input
            {
                Kind = InputKind.Callback,
                CallbackData = cq.Data,
                CallbackQueryId = cq.Id,
                MessageId = cq.Message?.MessageId,
            });
        }

        if (update.MyChatMember is { } member)
        {
            return WithUser(member.From, new Input
            {
                Kind = InputKind.Membership,
                Kicked = member.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left,
            });
        }

        var message = update.Message;
        if (message is null)
        {
            return new Input { Kind = InputKind.Other };
        }

        var input = message switch
        {
            { Text: { } text } when text.StartsWith('/') => ParseCommand(text),
            { Text: { } text } => new Input { Kind = InputKind.Text, Text = text.Trim() },
            { Contact: { } c } => new Input { Kind = InputKind.Contact, ContactPhone = c.PhoneNumber, ContactUserId = c.UserId },
            { Photo: { } photos } => ParsePhoto(photos, message.Caption),
            { Document: { } document } => ParseDocument(document, message.Caption),
            { Location: { } l } => new Input { Kind = InputKind.Location, Latitude = l.Latitude, Longitude = l.Longitude },
            { SuccessfulPayment: not null } => new Input { Kind = InputKind.Payment },
            _ => new Input { Kind = InputKind.Other },
        };
        return message.From is { } from ? WithUser(from, input) : input;
    }

    /// <summary>The largest size (by pixels, then bytes; Telegram lists them smallest first but does not promise it).
    /// No sizes: an "other" input, answered with the wrong-input reply.</summary>
    private static Input ParsePhoto(PhotoSize[] sizes, string? caption)
    {
        var largest = sizes
            .Where(s => !string.IsNullOrEmpty(s.FileId))
            .OrderBy(s => (long)s.Width * s.Height)
            .ThenBy(s => s.FileSize ?? 0)
            .LastOrDefault();
        return largest is null
            ? new Input { Kind = InputKind.Other, Text = caption, Malformed = "a photo message with no photo sizes" }
            : new Input
            {
                Kind = InputKind.Photo,
                PhotoFileId = largest.FileId,
                FileId = largest.FileId,
                FileUniqueId = largest.FileUniqueId,
                FileSize = largest.FileSize,
                Text = caption,
            };
    }

    private static Input ParseDocument(Document document, string? caption) => string.IsNullOrEmpty(document.FileId)
        ? new Input { Kind = InputKind.Other, Text = caption, Malformed = "a document message with no file id" }
        : new Input
        {
            Kind = InputKind.Document,
            FileId = document.FileId,
            FileUniqueId = document.FileUniqueId,
            FileName = document.FileName,
            MimeType = document.MimeType,
            FileSize = document.FileSize,
            Text = caption,
        };

    private static Input ParseCommand(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? text : text[..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            head = head[..at];
        }

        return new Input
        {
            Kind = InputKind.Command,
            CommandName = head.ToLowerInvariant(),
            Text = space < 0 ? "" : text[(space + 1)..].Trim(),
        };
    }

    private static Input WithUser(User user, Input input) =>
        input with { FirstName = user.FirstName, Username = user.Username, LanguageCode = user.LanguageCode };
}
