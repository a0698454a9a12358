namespace Bot.Features.Loyalty.Sync;

/// <summary>What one BonusSync run did. <see cref="Error"/> is YCLIENTS' message when the run stopped on an error
/// (the cursor stays; the next run retries).</summary>
public sealed record SyncResult(int Pages, int Records, int NewBonuses, int Credited, int Unreadable, string? Error);
