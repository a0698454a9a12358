using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Storage;
using Bot.Features.Loyalty.YClients;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Loyalty.Sync;

/// <summary>
/// The records YCLIENTS sent that could not be read (a service's cost that is no number, no id…): one row each in
/// the partition <see cref="LoyaltyTables.ProblemPartition"/> of the bonus table, with the raw JSON and the reason,
/// so that the cursor moving past such a record loses nothing. BonusSync retries every open one at the start of
/// each run (<c>GET /record/{company_id}/{id}</c>) until it reads — then its bonus is recorded like any other, once,
/// keyed by the record id — or an admin dismisses it (<c>POST /api/admin/loyalty/problems/{key}/dismiss</c>).
/// A dismissed record seen again unchanged stays dismissed; changed (other JSON), it is open again.
/// </summary>
public sealed class UnreadableRecords(BotStorage storage, TimeProvider clock, ILogger<UnreadableRecords> log)
{
    /// <summary>Table Storage holds at most 32K characters in a string property: longer raw JSON is cut there.</summary>
    public const int MaxRawChars = 30_000;

    private TableClient Table => storage.Table(LoyaltyTables.Bonuses);

    /// <summary>Keeps (or updates) the problem; answers its row key.</summary>
    public async Task<string> KeepAsync(YClientsRecordProblem problem, string source, CancellationToken ct)
    {
        var key = KeyOf(problem);
        var hash = Hash(problem.Raw);
        var now = clock.GetUtcNow();
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(LoyaltyTables.ProblemPartition, key, cancellationToken: ct);
        if (existing.HasValue)
        {
            var row = existing.Value!;
            var dismissed = row.GetString("Status") == UnreadableRecord.Dismissed;
            var reopened = dismissed && row.GetString("RawHash") != hash;
            var update = new TableEntity(LoyaltyTables.ProblemPartition, key)
            {
                ["LastSeen"] = now,
                ["Attempts"] = (row.GetInt32("Attempts") ?? 0) + 1,
            };
            if (!dismissed || reopened)
            {
                update["Reason"] = problem.Reason;
                update["Raw"] = Cut(problem.Raw);
                update["RawHash"] = hash;
                update["Status"] = UnreadableRecord.Open;
            }

            await Table.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, ct);
            if (reopened)
            {
                log.LogError("YCLIENTS record {Key} was dismissed as unreadable and came back changed, still unreadable: {Reason}; open again", key, problem.Reason);
            }

            return key;
        }

        try
        {
            await Table.AddEntityAsync(new TableEntity(LoyaltyTables.ProblemPartition, key)
            {
                ["RecordId"] = problem.RecordId,
                ["Reason"] = problem.Reason,
                ["Raw"] = Cut(problem.Raw),
                ["RawHash"] = hash,
                ["Source"] = source,
                ["Status"] = UnreadableRecord.Open,
                ["FirstSeen"] = now,
                ["LastSeen"] = now,
                ["Attempts"] = 1,
            }, ct);
            log.LogError("YCLIENTS record {Key} cannot be read ({Reason}); kept as a problem and retried every run until it reads or an admin dismisses it", key, problem.Reason);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // An overlapping run kept it a moment ago.
        }

        return key;
    }

    /// <summary>The record reads now (its bonus, if any, is recorded): the problem goes.</summary>
    public async Task ResolveAsync(string key, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(LoyaltyTables.ProblemPartition, key, ETag.All, ct);
            log.LogInformation("YCLIENTS record {Key} reads now; its problem is closed", key);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Closed by an overlapping run.
        }
    }

    /// <summary>Every kept problem (open and dismissed), by key: one partition query.</summary>
    public async Task<IReadOnlyList<UnreadableRecord>> ListAsync(CancellationToken ct)
    {
        var list = new List<UnreadableRecord>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == LoyaltyTables.ProblemPartition, cancellationToken: ct))
        {
            list.Add(ToRecord(row));
        }

        return list;
    }

    /// <summary>Marks the problem dismissed (kept for the record, no longer retried); null when there is none.</summary>
    public async Task<UnreadableRecord?> DismissAsync(string key, CancellationToken ct)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(LoyaltyTables.ProblemPartition, key, cancellationToken: ct);
        if (!existing.HasValue)
        {
            return null;
        }

        var row = existing.Value!;
        if (row.GetString("Status") != UnreadableRecord.Dismissed)
        {
            row["Status"] = UnreadableRecord.Dismissed;
            row["DismissedAt"] = clock.GetUtcNow();
            await Table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, ct);
            log.LogWarning("YCLIENTS record {Key}, unreadable ({Reason}), dismissed by an admin: it earns no bonus unless it changes and reads", key, row.GetString("Reason"));
        }

        return ToRecord(row);
    }

    /// <summary>The row key of a problem: the record id (zero-padded like the bonus rows), or <c>x-</c> and a hash of the
    /// raw JSON for a record without one.</summary>
    public static string KeyOf(YClientsRecordProblem problem) =>
        problem.RecordId is { } id ? BonusBook.RecordKey(id) : "x-" + Hash(problem.Raw)[..32];

    /// <summary>A key as an admin may type it: a record id with or without the padding, or an <c>x-…</c> key.</summary>
    public static string? NormalizeKey(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? BonusBook.RecordKey(id)
        : text.StartsWith("x-", StringComparison.Ordinal) && text.Length == 34 && text[2..].All(Uri.IsHexDigit) ? text
        : null;

    private static UnreadableRecord ToRecord(TableEntity row) => new(
        row.RowKey,
        row.GetInt64("RecordId"),
        row.GetString("Reason") ?? "",
        row.GetString("Source") ?? "",
        row.GetString("Status") ?? UnreadableRecord.Open,
        row.GetDateTimeOffset("FirstSeen") ?? default,
        row.GetDateTimeOffset("LastSeen") ?? default,
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("DismissedAt"),
        row.GetString("Raw") ?? "");

    private static string Cut(string raw) => raw.Length <= MaxRawChars ? raw : raw[..MaxRawChars];

    private static string Hash(string raw) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
