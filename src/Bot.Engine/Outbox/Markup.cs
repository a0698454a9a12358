namespace Bot.Engine.Outbox;

/// <summary>A message's keyboard: inline buttons under it, or a reply keyboard (or its removal).</summary>
public sealed record Markup
{
    public IReadOnlyList<IReadOnlyList<Button>>? Inline { get; init; }
    public IReadOnlyList<IReadOnlyList<ReplyButton>>? Reply { get; init; }
    public bool RemoveReply { get; init; }

    public static Markup InlineRows(params IReadOnlyList<Button>[] rows) => new() { Inline = rows };

    /// <summary>One button a row.</summary>
    public static Markup InlineColumn(params Button[] buttons) => new() { Inline = buttons.Select(b => (IReadOnlyList<Button>)[b]).ToArray() };

    public static Markup ReplyRows(params IReadOnlyList<ReplyButton>[] rows) => new() { Reply = rows };

    public static Markup RemoveKeyboard { get; } = new() { RemoveReply = true };
}
