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

    /// <summary>Commit counter; numbers this user's outbox rows.</summary>
    public long Seq { get; init; }

    public const int RecentKeysKept = 64;

    public string? Get(string key) => Data.GetValueOrDefault(key);

    public decimal Balance(string currency) => Balances.GetValueOrDefault(currency);

    public Session GoTo(string state) => this with { State = state };

    public Session With(string key, string? value) =>
        this with { Data = value is null ? Data.Remove(key) : Data.SetItem(key, value) };

    /// <summary>Drops every data key that starts with <paramref name="prefix"/> (a flow's own data).</summary>
    public Session ClearData(string prefix) =>
        this with { Data = Data.RemoveRange(Data.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))) };

    public bool HasRole(string role) => Roles.Contains(role);

    public bool UsedFlow(string flow) => Flows.Contains(flow);

    internal Session Remember(string key)
    {
        var keys = RecentKeys.Add(key);
        return this with { RecentKeys = keys.Count > RecentKeysKept ? keys.RemoveRange(0, keys.Count - RecentKeysKept) : keys };
    }
}
