using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Rewards.Shop;

/// <summary>The pickup points in the shop's own table, too many for a reference snapshot (50 000 Russian
/// addresses are 10 MB of JSON, 1.3 MB gzipped, 3 s to deserialize on this project's machine: see
/// <c>PickupPointsSizeTests</c>). A replacement is written as a new version — partition <c>v{ticks}</c>, rows of
/// <see cref="PerRow"/> points — and then made current by the pointer row, so a search sees the old list or the
/// new one, never half of each; older versions are deleted afterwards. Each search reads the pointer (one point
/// read, so a replacement is in effect at once on every instance) and loads a version's points once per
/// instance into an in-memory index.</summary>
public sealed class PickupStore(BotStorage storage, TimeProvider clock, ILogger<PickupStore> log)
{
    public const int PerRow = 200;
    private const string PointerPartition = "pointer";
    private const string PointerRow = "current";
    private const string VersionPrefix = "v";
    private const string PointsProperty = "Points";
    private const int RowsPerTransaction = 50;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Version, PickupPoints Points)? _cached;

    private TableClient Table => storage.Table(ShopTables.PickupPoints);

    /// <summary>Replaces the whole list (an empty list empties it).</summary>
    public async Task ReplaceAsync(IReadOnlyList<PickupPoint> points, CancellationToken ct)
    {
        var version = VersionPrefix + clock.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];
        var rows = points.Chunk(PerRow).Select((chunk, i) => new TableEntity(version, i.ToString("D6", CultureInfo.InvariantCulture))
        {
            [PointsProperty] = JsonSerializer.Serialize(chunk, EngineJson.Options),
        }).ToList();
        foreach (var batch in rows.Chunk(RowsPerTransaction))
        {
            await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct);
        }

        await PointAtAsync(version, points.Count, ct);
        await DeleteOlderThanAsync(version, ct);
        log.LogInformation("Pickup points replaced: {Count} in version {Version}", points.Count, version);
    }

    /// <summary>The points matching <paramref name="query"/> (<see cref="PickupPoints.Search"/>).</summary>
    public async Task<IReadOnlyList<PickupPoint>> SearchAsync(string query, CancellationToken ct) =>
        (await CurrentAsync(ct)).Search(query);

    public async Task<PickupPoints> CurrentAsync(CancellationToken ct)
    {
        var pointer = await Table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: ct);
        var version = pointer.HasValue ? pointer.Value!.GetString("Version") ?? "" : "";
        if (version.Length == 0)
        {
            return new PickupPoints([]);
        }

        if (_cached is { } hit && hit.Version == version)
        {
            return hit.Points;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } loaded && loaded.Version == version)
            {
                return loaded.Points;
            }

            var points = new List<PickupPoint>();
            await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {version}"), cancellationToken: ct))
            {
                points.AddRange(JsonSerializer.Deserialize<PickupPoint[]>(row.GetString(PointsProperty) ?? "[]", EngineJson.Options) ?? []);
            }

            var current = new PickupPoints(points).Indexed();
            _cached = (version, current);
            log.LogInformation("Pickup points version {Version} loaded: {Count}", version, points.Count);
            return current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Moves the pointer to <paramref name="version"/> unless a newer replacement got there first.</summary>
    private async Task PointAtAsync(string version, int count, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = await Table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: ct);
            var entity = new TableEntity(PointerPartition, PointerRow) { ["Version"] = version, ["Count"] = count };
            try
            {
                if (!current.HasValue)
                {
                    await Table.AddEntityAsync(entity, ct);
                }
                else if (string.CompareOrdinal(current.Value!.GetString("Version"), version) < 0)
                {
                    await Table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, ct);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another replacement moved the pointer meanwhile: compare again.
            }
        }

        throw new InvalidOperationException("The pickup-point pointer kept changing; try the replacement again.");
    }

    private async Task DeleteOlderThanAsync(string version, CancellationToken ct)
    {
        var old = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey ge {VersionPrefix} and PartitionKey lt {version}"), select: ["PartitionKey", "RowKey"], cancellationToken: ct))
        {
            old.Add(row);
        }

        foreach (var partition in old.GroupBy(r => r.PartitionKey))
        {
            foreach (var batch in partition.Chunk(100))
            {
                try
                {
                    await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 404)
                {
                    log.LogInformation("Old pickup-point version {Version} was being deleted by another replacement", partition.Key);
                }
            }
        }
    }
}
