namespace Bot.Features.Loyalty.Sync;

/// <summary>What one BonusSync run did. <see cref="Error"/> is YCLIENTS' message when the run stopped on an error
/// (the cursor stays; the next run retries). <see cref="Unreadable"/>: records of this run's pages that could not be
/// read (kept as problems); <see cref="Recovered"/>: problems kept before that read now (their bonus recorded once).</summary>
public sealed record SyncResult(int Pages, int Records, int NewBonuses, int Credited, int Unreadable, string? Error, int Recovered = 0);
