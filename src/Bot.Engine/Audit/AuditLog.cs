using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Bot.Engine.Storage;

namespace Bot.Engine.Audit;

/// <summary>The audit log, a table partitioned by day so that an export by date range reads only those days.</summary>
public sealed class AuditLog(BotStorage storage, TimeProvider clock)
{
    private TableClient Table => storage.Table(StorageNames.AuditTable);

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task WriteAsync(string kind, long? userId, string message, string? details, CancellationToken ct, string? key = null)
    {
        var at = clock.GetUtcNow();
        // A key makes the write idempotent (an effect that runs twice logs once).
        var rowKey = key is null ? $"{at.UtcTicks:D19}|{Guid.NewGuid():N}" : "k|" + key;
        var entity = new TableEntity(Day(at), Sessions.UserPartition.SafeKey(rowKey))
        {
            ["At"] = at,
            ["Kind"] = kind,
            ["UserId"] = userId,
            ["Message"] = message,
            ["Details"] = details,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async IAsyncEnumerable<AuditEntry> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var pk = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var entries = new List<AuditEntry>();
            await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == pk, cancellationToken: ct))
            {
                entries.Add(new AuditEntry(
                    e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                    e.GetString("Kind") ?? "",
                    e.GetInt64("UserId"),
                    e.GetString("Message") ?? "",
                    e.GetString("Details")));
            }

            foreach (var entry in entries.OrderBy(e => e.At))
            {
                yield return entry;
            }
        }
    }
}
