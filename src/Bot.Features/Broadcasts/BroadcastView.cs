namespace Bot.Features.Broadcasts;

/// <summary>The admin API's answer for one broadcast (CONTRACTS.md fields first, then extras).</summary>
public sealed record BroadcastView(
    string Id,
    string Status,
    int Total,
    int Sent,
    int Failed,
    int Unreachable,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Skipped,
    int Pending,
    int Enqueued,
    string Segment,
    DateTimeOffset? SendAt,
    DateTimeOffset CreatedAt,
    string Text,
    string? Photo,
    IReadOnlyList<IReadOnlyList<BroadcastButton>> Buttons);
