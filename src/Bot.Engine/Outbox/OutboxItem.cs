using System.Text.Json;

namespace Bot.Engine.Outbox;

/// <summary>Something to do after the commit: a Bot API call, or a named effect (an outside call, a
/// schedule, a command for another user). Stored as a row in the user's partition until done.</summary>
public sealed record OutboxItem
{
    public required OutboxKind Kind { get; init; }
    public long ChatId { get; init; }
    public string? Text { get; init; }
    public Markup? Markup { get; init; }
    public int? MessageId { get; init; }
    public string? CallbackQueryId { get; init; }
    public bool ShowAlert { get; init; }

    /// <summary>A file id or URL, for photos and documents.</summary>
    public string? File { get; init; }

    /// <summary>For photos and documents sent by upload: the name of a blob saved with <see cref="Files.FileStore"/>
    /// (the row names the file; the gateway reads the bytes and uploads them). Wins over <see cref="File"/>.</summary>
    public string? Upload { get; init; }

    /// <summary>The file name Telegram shows for an uploaded document (default: the blob's name).</summary>
    public string? FileName { get; init; }

    public string? Effect { get; init; }
    public JsonElement? Payload { get; init; }

    /// <summary>Keep the message_id Telegram returns (sends only): see <see cref="KeepMessageId"/>.</summary>
    public KeepMessageId? KeepId { get; init; }

    /// <summary>The fan-out this send belongs to: the runner records its outcome (sent, unreachable,
    /// failed) on the fan-out's progress.</summary>
    public string? FanOutId { get; init; }

    /// <summary>A send made for one of many (a fan-out's notice): it leaves no faster than <c>Broadcasts:PerSecond</c>,
    /// like a fan-out's sends (the runner's send gate).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Paced { get; init; }

    /// <summary>The text (or caption) uses Telegram's HTML formatting (<c>parse_mode=HTML</c>); it must be
    /// valid for Telegram, which refuses malformed tags.</summary>
    public bool Html { get; init; }

    public bool IsTelegramCall => Kind != OutboxKind.Effect;

    public static OutboxItem Message(long chatId, string text, Markup? markup = null) =>
        new() { Kind = OutboxKind.SendMessage, ChatId = chatId, Text = text, Markup = markup };

    /// <summary>A photo by file id or URL, with an optional caption (at most 1024 characters).</summary>
    public static OutboxItem Photo(long chatId, string fileIdOrUrl, string? caption = null, Markup? markup = null) =>
        new() { Kind = OutboxKind.SendPhoto, ChatId = chatId, File = fileIdOrUrl, Text = caption, Markup = markup };

    /// <summary>A photo uploaded from a blob that <see cref="Files.FileStore.SaveAsync"/> named.</summary>
    public static OutboxItem PhotoUpload(long chatId, string blobName, string? caption = null, Markup? markup = null) =>
        new() { Kind = OutboxKind.SendPhoto, ChatId = chatId, Upload = blobName, Text = caption, Markup = markup };

    /// <summary>A document uploaded from a blob that <see cref="Files.FileStore.SaveAsync"/> named, shown as <paramref name="fileName"/>.</summary>
    public static OutboxItem DocumentUpload(long chatId, string blobName, string fileName, string? caption = null, Markup? markup = null) =>
        new() { Kind = OutboxKind.SendDocument, ChatId = chatId, Upload = blobName, FileName = fileName, Text = caption, Markup = markup };

    public static OutboxItem ForEffect(string name, long userId, object? payload) =>
        new()
        {
            Kind = OutboxKind.Effect,
            ChatId = userId,
            Effect = name,
            Payload = payload is null ? null : JsonSerializer.SerializeToElement(payload, EngineJson.Options),
        };
}
