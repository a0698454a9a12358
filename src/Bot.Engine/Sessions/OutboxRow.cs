using Azure;
using Bot.Engine.Outbox;

namespace Bot.Engine.Sessions;

/// <summary>An outbox item as stored: in its user's partition, ordered by row key. <see cref="ClaimedUntil"/>: a
/// runner that took the row over (or gave it up for a retry) owns it until then; a row never claimed belongs to
/// the commit that wrote it for <c>OutboxRunner.InFlightGrace</c>. <see cref="ETag"/>: as read (default for a row
/// this process just committed).</summary>
public sealed record OutboxRow(long UserId, string RowKey, OutboxItem Item, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? ClaimedUntil { get; init; }

    public ETag ETag { get; init; }
}
