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

    public string? Effect { get; init; }
    public JsonElement? Payload { get; init; }

    /// <summary>Keep the message_id Telegram returns (sends only): see <see cref="KeepMessageId"/>.</summary>
    public KeepMessageId? KeepId { get; init; }

    /// <summary>The fan-out this send belongs to: the runner records its outcome (sent, unreachable,
    /// failed) on the fan-out's progress.</summary>
    public string? FanOutId { get; init; }

    /// <summary>The text (or caption) uses Telegram's HTML formatting (<c>parse_mode=HTML</c>); it must be
    /// valid for Telegram, which refuses malformed tags.</summary>
    public bool Html { get; init; }

    public bool IsTelegramCall => Kind != OutboxKind.Effect;

    public static OutboxItem Message(long chatId, string text, Markup? markup = null) =>
        new() { Kind = OutboxKind.SendMessage, ChatId = chatId, Text = text, Markup = markup };

    public static OutboxItem ForEffect(string name, long userId, object? payload) =>
        new()
        {
            Kind = OutboxKind.Effect,
            ChatId = userId,
            Effect = name,
            Payload = payload is null ? null : JsonSerializer.SerializeToElement(payload, EngineJson.Options),
        };
}
