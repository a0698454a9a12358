namespace Bot.Engine.Sessions;

/// <summary>A user's session as read (null when the user is new) with the outbox rows still pending.</summary>
public sealed record SessionSnapshot(Session? Session, Azure.ETag ETag, IReadOnlyList<OutboxRow> PendingOutbox);
