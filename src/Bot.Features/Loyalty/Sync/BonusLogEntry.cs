namespace Bot.Features.Loyalty.Sync;

/// <summary>A row of the bonus log (CONTRACTS.md: <c>recordId, phone, userId, amount, points, awardedAt, notified</c>).</summary>
public sealed record BonusLogEntry(long RecordId, string? Phone, long? UserId, decimal Amount, long Points, DateTimeOffset AwardedAt, bool Notified);
