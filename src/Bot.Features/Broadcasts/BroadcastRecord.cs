using Azure;

namespace Bot.Features.Broadcasts;

/// <summary>The shared record of one broadcast (table <c>broadcasts</c>). <see cref="KnownUnreachable"/> and
/// <see cref="Blocked"/> are the segment's users left out of the fan-out at the start (counted, not sent);
/// <see cref="Final"/> holds the counts once the broadcast has finished, so reading it costs one point read.</summary>
public sealed record BroadcastRecord(
    string Id,
    BroadcastContent Content,
    string Segment,
    DateTimeOffset? SendAt,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    int KnownUnreachable,
    int Blocked,
    BroadcastCounts? Final,
    DateTimeOffset? FinishedAt,
    ETag ETag);
