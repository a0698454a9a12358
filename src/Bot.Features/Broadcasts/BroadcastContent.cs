using Bot.Engine.Outbox;

namespace Bot.Features.Broadcasts;

/// <summary>What every recipient gets: <see cref="Text"/> in Telegram's HTML formatting (the caption when
/// there is a <see cref="Photo"/>, a URL or a Telegram file_id), and rows of URL buttons. It travels in each
/// recipient's command, so the handler needs no lookup.</summary>
public sealed record BroadcastContent(string Text, string? Photo, IReadOnlyList<IReadOnlyList<BroadcastButton>> Buttons)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Markup? Markup => Buttons.Count == 0
        ? null
        : new Markup { Inline = Buttons.Select(row => (IReadOnlyList<Button>)row.Select(b => Button.Link(b.Text, b.Url)).ToList()).ToList() };

    /// <summary>The recipient's send, counted on the fan-out.</summary>
    public OutboxItem ItemFor(long userId, string fanOutId) => Photo is null
        ? OutboxItem.Message(userId, Text, Markup) with { FanOutId = fanOutId, Html = true }
        : new OutboxItem { Kind = OutboxKind.SendPhoto, ChatId = userId, File = Photo, Text = Text.Length == 0 ? null : Text, Markup = Markup, FanOutId = fanOutId, Html = true };
}
