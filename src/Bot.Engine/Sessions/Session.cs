using System.Collections.Immutable;

namespace Bot.Engine.Sessions;

/// <summary>One user's row: where they are in a flow, the flow's data, profile, roles and balances.
/// Immutable: a handler returns a changed copy. Balances change only through ledger postings, which the
/// processor applies in the same transaction as this row.</summary>
public sealed record Session
{
    public required long UserId { get; init; }
    public string State { get; init; } = ServiceStates.Start;
    public ImmutableDictionary<string, string> Data { get; init; } = ImmutableDictionary<string, string>.Empty;
    public string Locale { get; init; } = "ru";
    public string? FirstName { get; init; }
    public string? Username { get; init; }
    public string? Phone { get; init; }
    /// <summary>The user's time zone (IANA id or <c>UTC±HH:mm</c>); null = <c>Bot:DefaultTimeZone</c>.
    /// Read it through <see cref="Time.UserTimeZones"/>, which falls back when the id is unknown.</summary>
    public string? TimeZone { get; init; }

    public ImmutableSortedSet<string> Roles { get; init; } = ImmutableSortedSet<string>.Empty;
    public ImmutableSortedDictionary<string, decimal> Balances { get; init; } = ImmutableSortedDictionary<string, decimal>.Empty;

    /// <summary>The flows whose routes handled this user's own input (the router notes them): broadcasts'
    /// <c>flow:&lt;name&gt;</c> segment.</summary>
    public ImmutableSortedSet<string> Flows { get; init; } = ImmutableSortedSet<string>.Empty;
    public bool Blocked { get; init; }
    public bool Unreachable { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>Keys of the most recent applied messages (update ids, command keys): the duplicate filter.</summary>
    public ImmutableList<string> RecentKeys { get; init; } = ImmutableList<string>.Empty;

    /// <summary>The user's latest postings, newest last, at most <see cref="RecentPostingsKept"/>: the processor
    /// adds each posting it commits (the ledger rows stay the record; this is a copy for /balance).</summary>
    public ImmutableList<Ledger.LedgerLine> RecentPostings { get; init; } = ImmutableList<Ledger.LedgerLine>.Empty;

    /// <summary>Commit counter; numbers this user's outbox rows.</summary>
    public long Seq { get; init; }

    public const int RecentKeysKept = 64;

    public const int RecentPostingsKept = 5;

    public string? Get(string key) => Data.GetValueOrDefault(key);

    public decimal Balance(string currency) => Balances.GetValueOrDefault(currency);

    public Session GoTo(string state) => this with { State = state };

    public Session With(string key, string? value) =>
        this with { Data = value is null ? Data.Remove(key) : Data.SetItem(key, value) };

    /// <summary>Drops every data key that starts with <paramref name="prefix"/> (a flow's own data).</summary>
    public Session ClearData(string prefix) =>
        this with { Data = Data.RemoveRange(Data.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))) };

    public bool HasRole(string role) => Roles.Contains(role);

    internal Session WithPostings(IReadOnlyCollection<Ledger.LedgerEntry> entries)
    {
        if (entries.Count == 0)
        {
            return this;
        }

        var lines = RecentPostings.AddRange(entries.Select(e => new Ledger.LedgerLine(e.Posting.Currency, e.Posting.Amount, e.Posting.Reason, e.BalanceAfter, e.At)));
        return this with
        {
            RecentPostings = lines.Count > RecentPostingsKept ? lines.RemoveRange(0, lines.Count - RecentPostingsKept) : lines,
        };
    }
    public bool UsedFlow(string flow) => Flows.Contains(flow);

    internal Session Remember(string key)
    {
        var keys = RecentKeys.Add(key);
        return this with { RecentKeys = keys.Count > RecentKeysKept ? keys.RemoveRange(0, keys.Count - RecentKeysKept) : keys };
    }
}
