using Bot.Engine.Outbox;

namespace Bot.Engine.Sessions;

/// <summary>An outbox item as stored: in its user's partition, ordered by row key.</summary>
public sealed record OutboxRow(long UserId, string RowKey, OutboxItem Item, DateTimeOffset CreatedAt);
