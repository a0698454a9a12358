namespace Bot.Features.Broadcasts;

/// <summary>A checked <c>POST /api/admin/broadcasts</c> body. <see cref="SendAt"/> null: start at once.</summary>
public sealed record BroadcastRequest(BroadcastContent Content, DateTimeOffset? SendAt, BroadcastSegment Segment);
