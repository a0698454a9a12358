using System.Collections.Frozen;
using Azure.Data.Tables;
using Bot.Engine.Routing;
using Bot.Engine.Storage;

namespace Bot.Engine.Texts;

/// <summary>Every text of the enabled flows, with run-time overrides from the texts table. Overrides are
/// cached for <see cref="RefreshInterval"/> so that an update costs no storage read for texts.</summary>
public sealed class TextCatalog(IEnumerable<IFlow> flows, BotStorage storage, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private const string Partition = "text";

    private readonly FrozenDictionary<string, TextDefinition> _defaults =
        flows.SelectMany(f => f.Texts).GroupBy(t => t.Key).ToFrozenDictionary(g => g.Key, g => g.Last());

    private readonly SemaphoreSlim _gate = new(1, 1);
    private TextSnapshot? _snapshot;
    private DateTimeOffset _loadedAt;

    private TableClient Table => storage.Table(StorageNames.TextsTable);

    public bool IsKnown(string key) => _defaults.ContainsKey(key);

    /// <summary>The text as its flow defines it, before any override; null for an unknown key.</summary>
    public TextDefinition? Default(string key) => _defaults.GetValueOrDefault(key);

    public async Task<TextSnapshot> SnapshotAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - _loadedAt < RefreshInterval)
        {
            return snapshot;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_snapshot is null || clock.GetUtcNow() - _loadedAt >= RefreshInterval)
            {
                var merged = new Dictionary<string, TextDefinition>(_defaults);
                await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: ct))
                {
                    if (merged.TryGetValue(row.RowKey, out var d))
                    {
                        merged[row.RowKey] = new TextDefinition(row.RowKey, row.GetString("Ru") ?? d.Ru, row.GetString("En") ?? d.En);
                    }
                }

                _snapshot = new TextSnapshot(merged.ToFrozenDictionary());
                _loadedAt = clock.GetUtcNow();
            }

            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Overrides a text; null keeps that language's current text.</summary>
    public async Task SetOverrideAsync(string key, string? ru, string? en, CancellationToken ct)
    {
        if (!IsKnown(key))
        {
            throw new KeyNotFoundException($"No text with key '{key}'.");
        }

        await Table.UpsertEntityAsync(new TableEntity(Partition, key) { ["Ru"] = ru, ["En"] = en }, TableUpdateMode.Replace, ct);
        _snapshot = null;
    }

    public async Task RemoveOverrideAsync(string key, CancellationToken ct)
    {
        await Table.DeleteEntityAsync(Partition, key, Azure.ETag.All, ct);
        _snapshot = null;
    }
}
