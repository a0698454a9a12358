namespace Bot.Engine.Ledger;

/// <summary>One of a user's latest postings, kept in the session (see <see cref="Sessions.Session.RecentPostings"/>)
/// so that showing them costs no ledger read.</summary>
public sealed record LedgerLine(string Currency, decimal Amount, string Reason, decimal BalanceAfter, DateTimeOffset At);
