using System.Text.Json.Nodes;

namespace Bot.Emulator.State;

/// <summary>One message of a private chat, from the bot or from the user. Guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class StoredMessage(long messageId, bool fromBot, MessageKind kind, DateTimeOffset date)
{
    public long MessageId { get; } = messageId;

    public bool FromBot { get; } = fromBot;

    public MessageKind Kind { get; } = kind;

    public DateTimeOffset Date { get; } = date;

    public string? Text { get; set; }

    public string? Caption { get; set; }

    /// <summary>An <c>{"inline_keyboard":[...]}</c> markup, returned with the message.</summary>
    public JsonObject? InlineMarkup { get; set; }

    /// <summary>A <c>{"keyboard":[...]}</c> or <c>{"remove_keyboard":true}</c> markup: shown to the user, never returned.</summary>
    public JsonObject? ReplyMarkup { get; set; }

    /// <summary>The <c>photo</c> array, <c>document</c> object or <c>contact</c> object of the message.</summary>
    public JsonNode? Attachment { get; set; }

    public DateTimeOffset? EditDate { get; set; }

    public bool Deleted { get; set; }
}
