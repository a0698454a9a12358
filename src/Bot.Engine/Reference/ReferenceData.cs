using System.Collections.Frozen;
using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Reference;

/// <summary>The reference sets every flow declares, stored in the reference table and cached as one
/// <see cref="ReferenceSnapshot"/>. A refresh costs one small query (each set's version) every
/// <see cref="RefreshInterval"/>, plus one partition query per set that changed; an update with a warm
/// snapshot costs nothing. <see cref="SetAsync{T}"/> refreshes this instance at once, others within the interval.
/// A set is stored gzipped in its own partition, in chunks of binary properties over as many rows as needed
/// (at most <see cref="MaxStoredBytes"/> compressed), written in one transaction.</summary>
public sealed class ReferenceData
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    /// <summary>The largest set after gzip: one transaction carries it (4 MiB with base64 encoding).</summary>
    public const int MaxStoredBytes = 2 * 1024 * 1024;

    /// <summary>How often <see cref="ChangeAsync{T}"/> reads and tries again when others keep changing the set.</summary>
    public const int MaxChangeAttempts = 20;

    internal const string FirstRow = "00";
    private const int ChunkBytes = 64_000;
    // 10 × 64 000 bytes: under the 1 MiB entity limit even where it is counted Base64-encoded (Azurite).
    private const int ChunksPerRow = 10;
    private const string VersionProperty = "Version";
    private const string PartsProperty = "Parts";
    private const string LengthProperty = "Length";

    private readonly FrozenDictionary<string, ReferenceSet> _sets;
    private readonly BotStorage _storage;
    private readonly TimeProvider _clock;
    private readonly ILogger<ReferenceData> _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (string Version, object Value)> _loaded = new(StringComparer.Ordinal);
    private volatile Cached? _cached;

    public ReferenceData(IEnumerable<IFlow> flows, BotStorage storage, TimeProvider clock, ILogger<ReferenceData> log)
    {
        var sets = new Dictionary<string, ReferenceSet>(StringComparer.Ordinal);
        foreach (var set in flows.SelectMany(f => f.ReferenceSets))
        {
            if (sets.TryGetValue(set.Name, out var other) && other.ValueType != set.ValueType)
            {
                throw new InvalidOperationException(
                    $"Reference set '{set.Name}' is declared twice with different types ({other.ValueType.Name}, {set.ValueType.Name}).");
            }

            sets[set.Name] = set;
        }

        _sets = sets.ToFrozenDictionary(StringComparer.Ordinal);
        _storage = storage;
        _clock = clock;
        _log = log;
    }

    /// <summary>Every declared set, by name.</summary>
    public IReadOnlyDictionary<string, ReferenceSet> Sets => _sets;

    private TableClient Table => _storage.Table(StorageNames.ReferenceTable);

    /// <summary>The current snapshot, refreshed when older than <see cref="RefreshInterval"/>. With no set
    /// declared it never touches storage.</summary>
    public async Task<ReferenceSnapshot> SnapshotAsync(CancellationToken ct)
    {
        if (_sets.Count == 0)
        {
            return ReferenceSnapshot.Empty;
        }

        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            try
            {
                await RefreshAsync(ct);
            }
            catch (RequestFailedException ex) when (_cached is { } stale)
            {
                // Storage hiccup: keep serving what we have rather than fail updates; try again next interval.
                _log.LogWarning(ex, "Reference data could not be refreshed; the snapshot of {LoadedAt} stays in use", stale.At);
                _cached = stale with { At = _clock.GetUtcNow() };
            }

            return _cached!.Snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores a set's value (admins, seeding); this instance sees it at once.</summary>
    public Task SetAsync<T>(ReferenceSet<T> set, T value, CancellationToken ct)
        where T : notnull
    {
        Declared(set.Name);
        return StoreAsync(set.Name, JsonSerializer.SerializeToUtf8Bytes(value, EngineJson.Options), null, ct);
    }

    /// <summary>Stores a set's value given as JSON (an admin API): refused with <see cref="ArgumentException"/>
    /// when it does not read as the set's type, <see cref="KeyNotFoundException"/> for an unknown set.</summary>
    public Task SetJsonAsync(string name, string json, CancellationToken ct)
    {
        var set = Declared(name);
        try
        {
            set.Deserialize(System.Text.Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Not a valid value for reference set '{name}': {ex.Message}", nameof(json), ex);
        }

        return StoreAsync(name, System.Text.Encoding.UTF8.GetBytes(json), null, ct);
    }

    /// <summary>Changes a set's stored value without losing a concurrent change (an admin API editing one item of a
    /// list while another admin edits another): reads the value from storage (not the snapshot, which may be up to
    /// <see cref="RefreshInterval"/> old), applies <paramref name="change"/> and writes only if nobody stored the set
    /// in between (If-Match on the set's first row, or an insert when nothing is stored yet). On 412/409 it reads
    /// again and applies <paramref name="change"/> again, at most <see cref="MaxChangeAttempts"/> times.
    /// <paramref name="change"/> may run several times: keep it a pure function of the value it is given; returning
    /// that same instance writes nothing. Answers the value stored (or kept).</summary>
    public async Task<T> ChangeAsync<T>(ReferenceSet<T> set, Func<T, T> change, CancellationToken ct)
        where T : notnull
    {
        Declared(set.Name);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadStoredAsync(set, ct);
            if (stored is null)
            {
                // Rows of two versions (a write landed while the partition was read): read again.
                if (attempt >= MaxChangeAttempts)
                {
                    throw new InvalidOperationException($"Reference set '{set.Name}' kept changing while being read ({attempt} attempts).");
                }

                continue;
            }

            var current = (T)stored.Value.Value;
            var next = change(current);
            if (ReferenceEquals(next, current))
            {
                return current;
            }

            try
            {
                await StoreAsync(set.Name, JsonSerializer.SerializeToUtf8Bytes(next, EngineJson.Options), new StoreCondition(stored.Value.ETag), ct);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxChangeAttempts)
            {
                _log.LogInformation("Reference set {Set} was changed by someone else meanwhile (attempt {Attempt}); reading it again", set.Name, attempt);
            }
        }
    }

    /// <summary>Makes the next <see cref="SnapshotAsync"/> read storage (another instance's change, tests).</summary>
    public void Invalidate()
    {
        if (_cached is { } cached)
        {
            _cached = cached with { At = DateTimeOffset.MinValue };
        }
    }

    private ReferenceSnapshot? Fresh() =>
        _cached is { } c && _clock.GetUtcNow() - c.At < RefreshInterval ? c.Snapshot : null;

    private ReferenceSet Declared(string name) =>
        _sets.TryGetValue(name, out var set) ? set : throw new KeyNotFoundException($"No reference set named '{name}'.");

    /// <summary>Writes the set in one transaction; with a <paramref name="condition"/>, the first row is written only
    /// if it still has the ETag read (or, with none, does not exist yet), so the transaction fails with 412/409 when
    /// someone stored the set in between.</summary>
    private async Task StoreAsync(string name, byte[] json, StoreCondition? condition, CancellationToken ct)
    {
        var packed = Compress(json);
        if (packed.Length > MaxStoredBytes)
        {
            throw new ArgumentException(
                $"Reference set '{name}' is {packed.Length} bytes gzipped; at most {MaxStoredBytes} fit. Keep large lookups in their own table and query them from an effect.",
                nameof(json));
        }

        var version = Guid.NewGuid().ToString("N");
        var chunks = packed.Chunk(ChunkBytes).ToArray();
        var rows = chunks.Chunk(ChunksPerRow).ToArray();
        var actions = new List<TableTransactionAction>();
        for (var r = 0; r < rows.Length; r++)
        {
            var entity = new TableEntity(name, RowKey(r))
            {
                [VersionProperty] = version,
                [PartsProperty] = rows.Length,
                [LengthProperty] = packed.Length,
            };
            for (var c = 0; c < rows[r].Length; c++)
            {
                entity["D" + c] = rows[r][c];
            }

            actions.Add(r == 0 && condition is { } guard
                ? guard.ETag is { } etag
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
                    : new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        await foreach (var old in Table.QueryAsync<TableEntity>($"PartitionKey eq '{name}'", select: ["PartitionKey", "RowKey"], cancellationToken: ct))
        {
            if (string.CompareOrdinal(old.RowKey, RowKey(rows.Length - 1)) > 0)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, old));
            }
        }

        await Table.SubmitTransactionAsync(actions, ct);
        _log.LogInformation("Reference set {Set} stored: {Bytes} bytes gzipped in {Rows} rows, version {Version}", name, packed.Length, rows.Length, version);
        Invalidate();
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        var versions = new Dictionary<string, (string Version, int Parts)>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(
            $"RowKey eq '{FirstRow}'", select: ["PartitionKey", "RowKey", VersionProperty, PartsProperty], cancellationToken: ct))
        {
            versions[row.PartitionKey] = (row.GetString(VersionProperty) ?? "", row.GetInt32(PartsProperty) ?? 1);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, set) in _sets)
        {
            if (!versions.TryGetValue(name, out var stored))
            {
                _loaded.Remove(name);
                continue;
            }

            if (!_loaded.TryGetValue(name, out var cached) || cached.Version != stored.Version)
            {
                var read = await ReadAsync(set, stored.Version, stored.Parts, ct);
                if (read is null)
                {
                    // Changed again while being read: keep what we had; the next refresh reads it.
                    if (_loaded.TryGetValue(name, out var previous))
                    {
                        values[name] = previous.Value;
                    }

                    continue;
                }

                cached = (stored.Version, read);
                _loaded[name] = cached;
            }

            values[name] = cached.Value;
        }

        _cached = new Cached(new ReferenceSnapshot(values), _clock.GetUtcNow());
    }

    /// <summary>The set's value at <paramref name="version"/>; its default (logged once per version) when the
    /// stored bytes do not read as its type; null when the rows belong to another version (a write in between).</summary>
    private async Task<object?> ReadAsync(ReferenceSet set, string version, int parts, CancellationToken ct)
    {
        var rows = await RowsAsync(set.Name, ct);
        return rows.Count < parts || rows.Take(parts).Any(r => r.GetString(VersionProperty) != version) ? null : Decode(set, version, rows.Take(parts));
    }

    /// <summary>What storage holds now, with the first row's ETag (null ETag and the default: nothing stored); null
    /// when the rows belong to two versions (a write in between).</summary>
    private async Task<(object Value, ETag? ETag)?> ReadStoredAsync(ReferenceSet set, CancellationToken ct)
    {
        var rows = await RowsAsync(set.Name, ct);
        if (rows.Count == 0 || rows[0].RowKey != FirstRow)
        {
            return rows.Count == 0 ? (set.DefaultValue!, null) : null;
        }

        var version = rows[0].GetString(VersionProperty) ?? "";
        var parts = rows[0].GetInt32(PartsProperty) ?? 1;
        if (rows.Count < parts || rows.Take(parts).Any(r => r.GetString(VersionProperty) != version))
        {
            return null;
        }

        return (Decode(set, version, rows.Take(parts)), rows[0].ETag);
    }

    private async Task<List<TableEntity>> RowsAsync(string name, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>($"PartitionKey eq '{name}'", cancellationToken: ct))
        {
            rows.Add(row);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return rows;
    }

    private object Decode(ReferenceSet set, string version, IEnumerable<TableEntity> rows)
    {
        try
        {
            using var packed = new MemoryStream();
            foreach (var row in rows)
            {
                for (var c = 0; row.GetBinary("D" + c) is { } chunk; c++)
                {
                    packed.Write(chunk);
                }
            }

            packed.Position = 0;
            using var gzip = new GZipStream(packed, CompressionMode.Decompress);
            using var json = new MemoryStream();
            gzip.CopyTo(json);
            var value = set.Deserialize(json.ToArray())!;
            _log.LogInformation("Reference set {Set} loaded, version {Version}", set.Name, version);
            return value;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or NotSupportedException)
        {
            _log.LogError(ex, "Reference set {Set} version {Version} does not read as {Type}; handlers get its default", set.Name, version, set.ValueType.Name);
            return set.DefaultValue!;
        }
    }

    private sealed record Cached(ReferenceSnapshot Snapshot, DateTimeOffset At);

    /// <summary>Write only over the first row with this ETag, or (null) only when no row exists.</summary>
    private sealed record StoreCondition(ETag? ETag);

    private static string RowKey(int index) => index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Compress(byte[] json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(json);
        }

        return output.ToArray();
    }
}
