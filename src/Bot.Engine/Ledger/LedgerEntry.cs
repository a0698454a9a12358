namespace Bot.Engine.Ledger;

public sealed record LedgerEntry(long UserId, Posting Posting, decimal BalanceAfter, DateTimeOffset At);
