using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Inbox;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.FanOuts;

/// <summary>One internal command per recipient, paced by <see cref="SendPacer"/> under
/// <c>Broadcasts:PerSecond</c> through queue visibility delays, with progress counted from one insert-only
/// row per recipient outcome. Table <c>fanouts</c>, partition = the fan-out id: row <c>meta</c> (total,
/// enqueued, startedAt, cancelled), rows <c>list:NNNNN</c> (the recipients, fixed at the first start),
/// rows <c>r:{userId}</c> (one outcome each; 409 = already counted).</summary>
public sealed partial class FanOut(BotStorage storage, SendPacer pacer, IInboxPublisher inbox, TimeProvider clock, ILogger<FanOut> log)
{
    /// <summary>Recipients enqueued per pacer reservation and per progress write.</summary>
    public const int BatchSize = 100;

    public const int MaxIdLength = 64;

    private const string CommandKeyPrefix = "fanout:";
    private const string MetaRow = "meta";
    private const string ListRowPrefix = "list:";
    private const string OutcomeRowPrefix = "r:";
    private const int IdsPerListRow = 2_000;
    private static readonly TimeSpan CancelCacheFor = TimeSpan.FromSeconds(2);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Cancelled, DateTimeOffset At)> _cancelled = new();

    private TableClient Table => storage.Table(StorageNames.FanOutsTable);

    /// <summary>The key of a recipient's command: the processor applies it once, whatever the redeliveries.</summary>
    public static string CommandKey(string fanOutId, long userId) =>
        CommandKeyPrefix + fanOutId + ":" + userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fan-out id of a command key made by <see cref="CommandKey"/>, else null.</summary>
    public static string? IdOf(string? commandKey)
    {
        if (commandKey is null || !commandKey.StartsWith(CommandKeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = commandKey.LastIndexOf(':');
        return end > CommandKeyPrefix.Length ? commandKey[CommandKeyPrefix.Length..end] : null;
    }

    /// <summary>Letters, digits, '-' and '_', at most 64: a table partition key and part of a command key.</summary>
    public static bool IsValidId(string? id) => id is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(id);

    /// <summary>Enqueues <paramref name="commandFactory"/>(userId, key) for every recipient, paced. Resumable:
    /// the first call fixes the recipients; a later call with the same id (a restart, an overlapping timer
    /// run) continues after the last batch recorded as enqueued, and a batch enqueued twice is harmless
    /// (the command key is applied once per user). Zero recipients: finished at once.</summary>
    public async Task<FanOutProgress> StartAsync(
        string fanOutId, IEnumerable<long> recipients, Func<long, string, InternalCommand> commandFactory, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            throw new ArgumentException($"Fan-out id '{fanOutId}' must be 1..{MaxIdLength} letters, digits, '-' or '_'.", nameof(fanOutId));
        }

        var (meta, users) = await LoadOrCreateAsync(fanOutId, recipients, ct);
        var enqueued = meta.GetInt32("Enqueued") ?? 0;
        var etag = meta.ETag;
        while (enqueued < users.Count && !(meta.GetBoolean("Cancelled") ?? false))
        {
            var batch = users.Skip(enqueued).Take(BatchSize).ToArray();
            var slots = await pacer.ReserveAsync(batch.Length, ct);
            var now = clock.GetUtcNow();
            await Task.WhenAll(batch.Select((user, i) =>
            {
                var delay = slots[i] - now;
                return inbox.PublishBulkCommandAsync(user, commandFactory(user, CommandKey(fanOutId, user)), ct,
                    delay > TimeSpan.Zero ? delay : null);
            }));

            enqueued += batch.Length;
            meta["Enqueued"] = enqueued;
            try
            {
                etag = (await Table.UpdateEntityAsync(meta, etag, TableUpdateMode.Merge, ct)).Headers.ETag ?? etag;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another run of the same fan-out moved on (or it was cancelled): continue from its record.
                meta = (await Table.GetEntityAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct)).Value;
                etag = meta.ETag;
                var theirs = meta.GetInt32("Enqueued") ?? 0;
                if (theirs < enqueued)
                {
                    meta["Enqueued"] = enqueued;
                    etag = (await Table.UpdateEntityAsync(meta, etag, TableUpdateMode.Merge, ct)).Headers.ETag ?? etag;
                }
                else
                {
                    enqueued = theirs;
                }
            }

            meta.ETag = etag;
        }

        log.LogInformation("Fan-out {FanOutId}: {Enqueued} of {Total} recipients enqueued", fanOutId, enqueued, users.Count);
        return await ProgressAsync(fanOutId, ct) ?? throw new InvalidOperationException($"Fan-out {fanOutId} vanished.");
    }

    /// <summary>The fan-out's counts, or null for an id never started. One partition query.</summary>
    public async Task<FanOutProgress?> ProgressAsync(string fanOutId, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            return null;
        }

        TableEntity? meta = null;
        var counts = new int[Enum.GetValues<FanOutOutcome>().Length];
        DateTimeOffset? last = null;
        await foreach (var e in Table.QueryAsync<TableEntity>(
                           // "meta" and "r:…" sort after the "list:…" rows.
                           x => x.PartitionKey == fanOutId && x.RowKey.CompareTo(MetaRow) >= 0,
                           select: ["RowKey", "Outcome", "At", "Total", "Enqueued", "StartedAt", "Cancelled"], cancellationToken: ct))
        {
            if (e.RowKey == MetaRow)
            {
                meta = e;
            }
            else if (e.RowKey.StartsWith(OutcomeRowPrefix, StringComparison.Ordinal)
                     && Enum.TryParse<FanOutOutcome>(e.GetString("Outcome"), out var outcome))
            {
                counts[(int)outcome]++;
                var at = e.GetDateTimeOffset("At");
                last = at > last || last is null ? at : last;
            }
        }

        if (meta is null)
        {
            return null;
        }

        var progress = new FanOutProgress(
            fanOutId,
            meta.GetInt32("Total") ?? 0,
            meta.GetInt32("Enqueued") ?? 0,
            counts[(int)FanOutOutcome.Sent],
            counts[(int)FanOutOutcome.Failed],
            counts[(int)FanOutOutcome.Unreachable],
            counts[(int)FanOutOutcome.Skipped],
            meta.GetBoolean("Cancelled") ?? false,
            meta.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
            null);
        return progress.Finished ? progress with { FinishedAt = last ?? progress.StartedAt } : progress;
    }

    /// <summary>Stops the fan-out: no more recipients are enqueued, and enqueued sends not yet made are
    /// counted as skipped instead (the outbox runner checks, cached for 2 s per instance). False for an
    /// unknown id.</summary>
    public async Task<bool> CancelAsync(string fanOutId, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            return false;
        }

        try
        {
            await Table.UpdateEntityAsync(new TableEntity(fanOutId, MetaRow) { ["Cancelled"] = true }, ETag.All, TableUpdateMode.Merge, ct);
            _cancelled[fanOutId] = (true, clock.GetUtcNow());
            log.LogInformation("Fan-out {FanOutId} cancelled", fanOutId);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Whether the fan-out was cancelled (read at most every 2 s per instance).</summary>
    public async Task<bool> IsCancelledAsync(string fanOutId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cancelled.TryGetValue(fanOutId, out var known) && (known.Cancelled || now - known.At < CancelCacheFor))
        {
            return known.Cancelled;
        }

        var meta = await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, select: ["Cancelled"], cancellationToken: ct);
        var cancelled = meta.HasValue && (meta.Value!.GetBoolean("Cancelled") ?? false);
        _cancelled[fanOutId] = (cancelled, now);
        return cancelled;
    }

    /// <summary>Counts one recipient's outcome once: an insert-only row; 409 means already counted.</summary>
    public async Task RecordAsync(string fanOutId, long userId, FanOutOutcome outcome, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            log.LogWarning("Outcome {Outcome} for user {UserId} names no valid fan-out ('{FanOutId}'); not counted", outcome, userId, fanOutId);
            return;
        }

        try
        {
            await Table.AddEntityAsync(new TableEntity(fanOutId, OutcomeRowPrefix + userId.ToString(CultureInfo.InvariantCulture))
            {
                ["Outcome"] = outcome.ToString(),
                ["At"] = clock.GetUtcNow(),
            }, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            log.LogDebug("Outcome of user {UserId} in fan-out {FanOutId} was counted before", userId, fanOutId);
        }
    }

    private async Task<(TableEntity Meta, IReadOnlyList<long> Users)> LoadOrCreateAsync(string fanOutId, IEnumerable<long> recipients, CancellationToken ct)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct);
        if (existing.HasValue)
        {
            log.LogInformation("Fan-out {FanOutId} started before; it continues with the recipients fixed then", fanOutId);
            return (existing.Value!, await ReadListAsync(fanOutId, ct));
        }

        var users = recipients.Where(u => u != 0).Distinct().Order().ToArray();
        for (var chunk = 0; chunk * IdsPerListRow < users.Length; chunk++)
        {
            var ids = string.Join(',', users.Skip(chunk * IdsPerListRow).Take(IdsPerListRow).Select(u => u.ToString(CultureInfo.InvariantCulture)));
            await Table.UpsertEntityAsync(new TableEntity(fanOutId, ListRowPrefix + chunk.ToString("D5", CultureInfo.InvariantCulture)) { ["Ids"] = ids },
                TableUpdateMode.Replace, ct);
        }

        // The meta row last: once it exists, the list is complete.
        var meta = new TableEntity(fanOutId, MetaRow)
        {
            ["Total"] = users.Length,
            ["Enqueued"] = 0,
            ["StartedAt"] = clock.GetUtcNow(),
            ["Cancelled"] = false,
        };
        try
        {
            meta.ETag = (await Table.AddEntityAsync(meta, ct)).Headers.ETag ?? default;
            log.LogInformation("Fan-out {FanOutId} started for {Total} recipients", fanOutId, users.Length);
            return (meta, users);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Started by an overlapping run a moment ago: its list wins.
            var theirs = (await Table.GetEntityAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct)).Value;
            return (theirs, await ReadListAsync(fanOutId, ct));
        }
    }

    private async Task<IReadOnlyList<long>> ReadListAsync(string fanOutId, CancellationToken ct)
    {
        var users = new List<long>();
        await foreach (var row in Table.QueryAsync<TableEntity>(
                           x => x.PartitionKey == fanOutId && x.RowKey.CompareTo(ListRowPrefix) >= 0 && x.RowKey.CompareTo(ListRowPrefix + "~") < 0,
                           cancellationToken: ct))
        {
            users.AddRange((row.GetString("Ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => long.Parse(s, CultureInfo.InvariantCulture)));
        }

        return users;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();
}
