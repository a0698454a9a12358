namespace Bot.Features.Loyalty;

/// <summary>A paid YCLIENTS record and the points it earns. <see cref="Phone"/> is the record client's raw
/// phone (null for a record without a client); the sync normalises it before keying anything on it.</summary>
public sealed record PaidVisit(long RecordId, string? Phone, decimal Amount, long Points, DateTimeOffset? VisitAt);
