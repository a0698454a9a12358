using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine.Outbox;

namespace Bot.Engine.Sessions;

internal static class SessionEntityMapper
{
    public const string ClaimedUntilColumn = "ClaimedUntil";

    public static TableEntity ToEntity(Session s)
    {
        var e = new TableEntity(UserPartition.PartitionKey(s.UserId), UserPartition.SessionKey)
        {
            ["State"] = s.State,
            ["Data"] = JsonSerializer.Serialize(s.Data, EngineJson.Options),
            ["Locale"] = s.Locale,
            ["FirstName"] = s.FirstName,
            ["Username"] = s.Username,
            ["Phone"] = s.Phone,
            ["TimeZone"] = s.TimeZone,
            ["Roles"] = string.Join(',', s.Roles),
            ["Flows"] = string.Join(',', s.Flows),
            ["Balances"] = JsonSerializer.Serialize(
                s.Balances.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture)), EngineJson.Options),
            ["Blocked"] = s.Blocked,
            ["Unreachable"] = s.Unreachable,
            ["CreatedAt"] = s.CreatedAt,
            ["LastSeenAt"] = s.LastSeenAt,
            // JSON, not comma-joined: keys come from outside (update ids, command keys) and may hold any character.
            ["Recent"] = JsonSerializer.Serialize(s.RecentKeys, EngineJson.Options),
            ["Seq"] = s.Seq,
            ["Postings"] = s.RecentPostings.Count == 0 ? null : JsonSerializer.Serialize(s.RecentPostings, EngineJson.Options),
        };
        return e;
    }

    public static Session FromEntity(TableEntity e)
    {
        var balances = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Balances") ?? "{}", EngineJson.Options) ?? [];
        return new Session
        {
            UserId = long.Parse(e.PartitionKey, CultureInfo.InvariantCulture),
            State = e.GetString("State") ?? ServiceStates.Start,
            Data = (JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Data") ?? "{}", EngineJson.Options) ?? [])
                .ToImmutableDictionary(),
            Locale = e.GetString("Locale") ?? "ru",
            FirstName = e.GetString("FirstName"),
            Username = e.GetString("Username"),
            Phone = e.GetString("Phone"),
            TimeZone = e.GetString("TimeZone"),
            Roles = (e.GetString("Roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToImmutableSortedSet(),
            Flows = (e.GetString("Flows") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToImmutableSortedSet(StringComparer.Ordinal),
            Balances = balances.ToImmutableSortedDictionary(kv => kv.Key, kv => decimal.Parse(kv.Value, CultureInfo.InvariantCulture)),
            Blocked = e.GetBoolean("Blocked") ?? false,
            Unreachable = e.GetBoolean("Unreachable") ?? false,
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            LastSeenAt = e.GetDateTimeOffset("LastSeenAt"),
            RecentKeys = (JsonSerializer.Deserialize<List<string>>(e.GetString("Recent") ?? "[]", EngineJson.Options) ?? []).ToImmutableList(),
            Seq = e.GetInt64("Seq") ?? 0,
            RecentPostings = (JsonSerializer.Deserialize<List<Ledger.LedgerLine>>(e.GetString("Postings") ?? "[]", EngineJson.Options) ?? []).ToImmutableList(),
        };
    }

    public static TableEntity ToEntity(OutboxRow row) =>
        new(UserPartition.PartitionKey(row.UserId), row.RowKey)
        {
            ["Item"] = JsonSerializer.Serialize(row.Item, EngineJson.Options),
            ["CreatedAt"] = row.CreatedAt,
        };

    public static OutboxRow OutboxFromEntity(TableEntity e) =>
        new(long.Parse(e.PartitionKey, CultureInfo.InvariantCulture), e.RowKey,
            JsonSerializer.Deserialize<OutboxItem>(e.GetString("Item") ?? "{}", EngineJson.Options)
                ?? throw new InvalidOperationException("Empty outbox row " + e.RowKey),
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue)
        {
            ClaimedUntil = e.GetDateTimeOffset(ClaimedUntilColumn),
            ETag = e.ETag,
        };
}
