namespace Bot.Features.Loyalty.Sync;

/// <summary>A YCLIENTS record the bot could not read, kept until it reads or an admin dismisses it.
/// <see cref="Key"/> is the record id (or <c>x-…</c>, a hash of the JSON, for a record without an id);
/// <see cref="Status"/> is <c>open</c> (retried every BonusSync run) or <c>dismissed</c>.</summary>
public sealed record UnreadableRecord(
    string Key,
    long? RecordId,
    string Reason,
    string Source,
    string Status,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int Attempts,
    DateTimeOffset? DismissedAt,
    string Raw)
{
    public const string Open = "open";
    public const string Dismissed = "dismissed";
}
