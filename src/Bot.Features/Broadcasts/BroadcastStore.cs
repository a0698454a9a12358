using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;

namespace Bot.Features.Broadcasts;

/// <summary>Table <c>broadcasts</c>: partition <c>b</c> holds one row per broadcast (RowKey = id); partition
/// <c>idem</c> maps an <c>Idempotency-Key</c> to the id it created. Status changes are ETag-conditional.</summary>
public sealed class BroadcastStore(BotStorage storage, TimeProvider clock)
{
    public const string TableName = "broadcasts";
    private const string Partition = "b";
    private const string IdempotencyPartition = "idem";

    private TableClient Table => storage.Table(TableName);

    /// <summary>A new id: time-ordered, letters, digits and '-' (it is also the fan-out id).</summary>
    public string NewId() =>
        "bc-" + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>The id an idempotency key created before, or null after claiming the key for <paramref name="id"/>.</summary>
    public async Task<string?> ClaimKeyAsync(string key, string id, CancellationToken ct)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(IdempotencyPartition, key) { ["Id"] = id }, ct);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await Table.GetEntityAsync<TableEntity>(IdempotencyPartition, key, cancellationToken: ct);
            return existing.Value.GetString("Id");
        }
    }

    /// <summary>Adds the record; false when it exists (a retried create).</summary>
    public async Task<bool> AddAsync(string id, BroadcastRequest request, CancellationToken ct)
    {
        var entity = new TableEntity(Partition, id)
        {
            ["Text"] = request.Content.Text,
            ["Photo"] = request.Content.Photo,
            ["Buttons"] = JsonSerializer.Serialize(request.Content.Buttons, EngineJson.Options),
            ["Segment"] = request.Segment.ToString(),
            ["SendAt"] = request.SendAt,
            ["Status"] = BroadcastStatus.Scheduled,
            ["CreatedAt"] = clock.GetUtcNow(),
            ["Final"] = false,
        };
        try
        {
            await Table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<BroadcastRecord?> GetAsync(string id, CancellationToken ct)
    {
        if (!Engine.FanOuts.FanOut.IsValidId(id))
        {
            return null;
        }

        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: ct);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <summary>Every broadcast, newest first.</summary>
    public async Task<IReadOnlyList<BroadcastRecord>> ListAsync(CancellationToken ct)
    {
        var list = new List<BroadcastRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: ct))
        {
            list.Add(FromEntity(e));
        }

        return list.OrderByDescending(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Broadcasts the timer looks at: scheduled, sending, and cancelled ones not yet final.</summary>
    public async Task<IReadOnlyList<BroadcastRecord>> ActiveAsync(CancellationToken ct)
    {
        var filter = $"PartitionKey eq '{Partition}' and (Status eq '{BroadcastStatus.Scheduled}' or Status eq '{BroadcastStatus.Sending}' or (Status eq '{BroadcastStatus.Cancelled}' and Final eq false))";
        var list = new List<BroadcastRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            list.Add(FromEntity(e));
        }

        return list;
    }

    /// <summary>Merges <paramref name="changes"/> if the record is still as read (ETag); false on 412.</summary>
    public async Task<bool> TryUpdateAsync(BroadcastRecord record, IDictionary<string, object?> changes, CancellationToken ct)
    {
        var entity = new TableEntity(Partition, record.Id);
        foreach (var (key, value) in changes)
        {
            entity[key] = value;
        }

        try
        {
            await Table.UpdateEntityAsync(entity, record.ETag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Writes the final counts once (the status stays what it is: done or cancelled).</summary>
    public Task<bool> FinishAsync(BroadcastRecord record, string status, BroadcastCounts counts, DateTimeOffset? finishedAt, CancellationToken ct) =>
        TryUpdateAsync(record, new Dictionary<string, object?>
        {
            ["Status"] = status,
            ["Final"] = true,
            ["Total"] = counts.Total,
            ["Sent"] = counts.Sent,
            ["Failed"] = counts.Failed,
            ["Unreachable"] = counts.Unreachable,
            ["Skipped"] = counts.Skipped,
            ["Enqueued"] = counts.Enqueued,
            ["FinishedAt"] = finishedAt,
        }, ct);

    private static BroadcastRecord FromEntity(TableEntity e)
    {
        var buttons = JsonSerializer.Deserialize<List<List<BroadcastButton>>>(e.GetString("Buttons") ?? "[]", EngineJson.Options) ?? [];
        var final = e.GetBoolean("Final") ?? false;
        return new BroadcastRecord(
            e.RowKey,
            new BroadcastContent(e.GetString("Text") ?? "", e.GetString("Photo"), buttons.Select(r => (IReadOnlyList<BroadcastButton>)r).ToList()),
            e.GetString("Segment") ?? BroadcastSegment.All,
            e.GetDateTimeOffset("SendAt"),
            e.GetString("Status") ?? BroadcastStatus.Scheduled,
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("StartedAt"),
            e.GetInt32("KnownUnreachable") ?? 0,
            e.GetInt32("Blocked") ?? 0,
            final
                ? new BroadcastCounts(e.GetInt32("Total") ?? 0, e.GetInt32("Sent") ?? 0, e.GetInt32("Failed") ?? 0,
                    e.GetInt32("Unreachable") ?? 0, e.GetInt32("Skipped") ?? 0, e.GetInt32("Enqueued") ?? 0)
                : null,
            e.GetDateTimeOffset("FinishedAt"),
            e.ETag);
    }
}
