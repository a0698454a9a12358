using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Inbox;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Engine.FanOuts;

/// <summary>One internal command per recipient, paced by <see cref="SendPacer"/> under
/// <c>Broadcasts:PerSecond</c> through queue visibility delays (ten consecutive recipients a message,
/// <see cref="FanOutSends"/>, their sends spaced by the <see cref="SendGate"/>), queued in steps of <c>Broadcasts:AheadSeconds</c>
/// (a <see cref="FanOutStep"/> on the bulk queue carries on), with progress counted from one insert-only row per
/// recipient outcome. Table <c>fanouts</c>, partition = the fan-out id: row <c>meta</c> (total, enqueued, the
/// command, when the next step is due, startedAt, cancelled), rows <c>list:NNNNN</c> (the recipients, fixed at
/// the first start), rows <c>r:{userId}</c> (one outcome each; 409 = already counted); partition <c>~open</c>: a
/// row per fan-out not yet fully queued, which <see cref="ResumeStalledAsync"/> (the OutboxSweep timer) looks at.
/// A fan-out of notices (<see cref="StartNoticesAsync"/>) gives each recipient a command of its own instead.</summary>
public sealed partial class FanOut(
    BotStorage storage, SendPacer pacer, IInboxPublisher inbox, IOptions<FanOutOptions> options, TimeProvider clock, ILogger<FanOut> log)
{
    /// <summary>Recipients enqueued per pacer reservation and per progress write.</summary>
    public const int BatchSize = 100;

    /// <summary>Consecutive recipients per bulk-queue message (<see cref="FanOutSends"/>), visible at the first one's slot.</summary>
    public const int SendsPerMessage = 10;

    public const int MaxIdLength = 64;

    /// <summary>A fan-out whose next step is this late (or that never scheduled one) has stopped: its starter
    /// died, or its step went to the poison queue. <see cref="FanOutProgress.IsStalled"/> uses it; the owner
    /// (the Broadcasts timer) resumes it with <see cref="ResumeAsync"/>.</summary>
    public static readonly TimeSpan StallAfter = TimeSpan.FromMinutes(2);

    private const string CommandKeyPrefix = "fanout:";
    private const string MetaRow = "meta";
    private const string ListRowPrefix = "list:";
    private const string OutcomeRowPrefix = "r:";
    private const int IdsPerListRow = 2_000;

    /// <summary>Fan-outs not yet fully queued, one row each (row key = the id; '~' is never in an id).</summary>
    private const string OpenPartition = "~open";

    /// <summary>The meta row's <c>Kind</c> of a fan-out of notices (none: one command for all).</summary>
    private const string NoticesKind = "notices";

    /// <summary>Azure Table Storage keeps strings up to 64 KiB (32 K UTF-16 characters).</summary>
    private const int MaxPayloadChars = 32_000;

    /// <summary>A notice's payload: ten of them share one queue message (64 KiB).</summary>
    private const int MaxNoticePayloadChars = 6_000;

    private static readonly TimeSpan CancelCacheFor = TimeSpan.FromSeconds(2);

    /// <summary>Per fan-out: the last (or in-flight) read of its cancel flag, shared by concurrent callers.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Task<bool> Cancelled, DateTimeOffset At)> _cancelled = new();

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

    /// <summary>Sends <paramref name="payload"/> as command <paramref name="commandName"/> to every recipient.</summary>
    public Task<FanOutProgress> StartAsync<T>(string fanOutId, IEnumerable<long> recipients, string commandName, T payload, CancellationToken ct) =>
        StartAsync(fanOutId, recipients, FanOutCommand.Create(commandName, payload), ct);

    /// <summary>Queues <paramref name="command"/> for the recipients of the next <c>Broadcasts:AheadSeconds</c>,
    /// paced, and schedules a <see cref="FanOutStep"/> for the rest. Resumable: the first call fixes the
    /// recipients and the command; a later call with the same id (a restart, an overlapping timer run) continues
    /// after the last batch recorded as enqueued, and a batch enqueued twice is harmless (the command key is
    /// applied once per user). Zero recipients: finished at once.</summary>
    public async Task<FanOutProgress> StartAsync(string fanOutId, IEnumerable<long> recipients, FanOutCommand command, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            throw new ArgumentException($"Fan-out id '{fanOutId}' must be 1..{MaxIdLength} letters, digits, '-' or '_'.", nameof(fanOutId));
        }

        var payload = command.Payload?.GetRawText();
        if (payload?.Length > MaxPayloadChars)
        {
            throw new ArgumentException($"A fan-out's command payload may have at most {MaxPayloadChars} characters; this one has {payload.Length}.", nameof(command));
        }

        var users = recipients.Where(u => u != 0).Distinct().Order().ToArray();
        var (meta, fixedRecipients) = await LoadOrCreateAsync(fanOutId, new Recipients(users, null), command.Name, payload, ct);
        await QueueAheadAsync(fanOutId, meta, fixedRecipients, CommandOf(meta) ?? command, ct);
        return await ProgressAsync(fanOutId, ct) ?? throw new InvalidOperationException($"Fan-out {fanOutId} vanished.");
    }

    /// <summary>A fan-out of notices: each its own command for its user (its own key and payload; a user may have
    /// several), paced, queued in steps and resumable exactly like <see cref="StartAsync(string, IEnumerable{long}, FanOutCommand, CancellationToken)"/>,
    /// in the order given. Each notice is applied once per key by the processor, whatever the repeats; its flow
    /// records what happened (no outcomes are counted here: the progress is done once all are queued). For the
    /// bot's own notices to many users (loyalty bonuses after a large sync), so that they keep
    /// <c>Broadcasts:PerSecond</c> together with broadcasts without booking the pacer far ahead.</summary>
    public async Task<FanOutProgress> StartNoticesAsync(string fanOutId, IReadOnlyList<FanOutNotice> notices, CancellationToken ct)
    {
        if (!IsValidId(fanOutId))
        {
            throw new ArgumentException($"Fan-out id '{fanOutId}' must be 1..{MaxIdLength} letters, digits, '-' or '_'.", nameof(fanOutId));
        }

        if (notices.FirstOrDefault(n => !FitsANotice(n)) is { } wrong)
        {
            throw new ArgumentException(
                $"Notice {wrong.Command.Key} for user {wrong.UserId} needs a user, a command name, a key and a payload of at most {MaxNoticePayloadChars} characters.",
                nameof(notices));
        }

        var (meta, fixedRecipients) = await LoadOrCreateAsync(fanOutId, new Recipients(notices.Select(n => n.UserId).ToArray(), notices), null, null, ct);
        await QueueAheadAsync(fanOutId, meta, fixedRecipients, null, ct);
        return await ProgressAsync(fanOutId, ct) ?? throw new InvalidOperationException($"Fan-out {fanOutId} vanished.");
    }

    /// <summary>Whether <see cref="StartNoticesAsync"/> takes this notice: a user, a name, a key, and a payload ten of which
    /// fit one queue message.</summary>
    public static bool FitsANotice(FanOutNotice notice) =>
        notice is { UserId: not 0, Command.Name.Length: > 0, Command.Key.Length: > 0 }
        && !(notice.Command.Payload?.GetRawText().Length > MaxNoticePayloadChars);

    /// <summary>The OutboxSweep timer's part for fan-outs: every fan-out not yet fully queued whose next step is
    /// <see cref="StallAfter"/> overdue (its starter died, its step went to the poison queue) goes on from its record.
    /// Safe when runs overlap (a batch queued twice is applied once). Answers how many it resumed.</summary>
    public async Task<int> ResumeStalledAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var resumed = 0;
        await foreach (var open in Table.QueryAsync<TableEntity>(x => x.PartitionKey == OpenPartition, cancellationToken: ct))
        {
            var fanOutId = open.RowKey;
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct);
            if (!found.HasValue)
            {
                // Its start died before the record was complete: whoever started it starts it again (the Broadcasts
                // timer, a redelivered effect, the next sync) or nobody needs it.
                if (open.GetDateTimeOffset("At") < now - StallAfter)
                {
                    await CloseAsync(fanOutId, ct);
                }

                continue;
            }

            var meta = found.Value!;
            var progress = ProgressOf(fanOutId, meta, new int[Enum.GetValues<FanOutOutcome>().Length]);
            if (progress.Cancelled || progress.Enqueued >= progress.Total)
            {
                await CloseAsync(fanOutId, ct);
            }
            else if (progress.IsStalled(now))
            {
                try
                {
                    log.LogWarning("Fan-out {FanOutId} stalled at {Enqueued} of {Total} queued; resuming", fanOutId, progress.Enqueued, progress.Total);
                    resumed += await GoOnAsync(fanOutId, meta, ct) ? 1 : 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One broken fan-out must not hold up the others; the next sweep tries again.
                    log.LogError(ex, "Fan-out {FanOutId} could not be resumed", fanOutId);
                }
            }
        }

        return resumed;
    }

    /// <summary>A <see cref="FanOutStep"/> from the bulk queue: queues the next recipients if the fan-out is still
    /// where the step expects it (a repeated or overtaken step does nothing).</summary>
    public async Task StepAsync(FanOutStep step, CancellationToken ct)
    {
        if (!IsValidId(step.FanOutId))
        {
            log.LogWarning("Fan-out step names no valid fan-out ('{FanOutId}'); dropped", step.FanOutId);
            return;
        }

        var found = await Table.GetEntityIfExistsAsync<TableEntity>(step.FanOutId, MetaRow, cancellationToken: ct);
        if (!found.HasValue)
        {
            log.LogWarning("Fan-out step for {FanOutId}, which was never started; dropped", step.FanOutId);
            return;
        }

        var meta = found.Value!;
        var enqueued = meta.GetInt32("Enqueued") ?? 0;
        if (enqueued > step.From)
        {
            log.LogDebug("Fan-out {FanOutId} moved past {From} already; step dropped", step.FanOutId, step.From);
            return;
        }

        if ((meta.GetBoolean("Cancelled") ?? false) || enqueued >= (meta.GetInt32("Total") ?? 0))
        {
            return;
        }

        await GoOnAsync(step.FanOutId, meta, ct);
    }

    /// <summary>Goes on with a stalled fan-out (<see cref="FanOutProgress.IsStalled"/>) from its record. False for
    /// an unknown id or one without a command on its record.</summary>
    public async Task<bool> ResumeAsync(string fanOutId, CancellationToken ct)
    {
        var found = IsValidId(fanOutId) ? await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct) : null;
        if (found is not { HasValue: true })
        {
            return false;
        }

        log.LogWarning("Fan-out {FanOutId} stalled at {Enqueued} of {Total} queued; resuming",
            fanOutId, found.Value!.GetInt32("Enqueued"), found.Value!.GetInt32("Total"));
        return await GoOnAsync(fanOutId, found.Value!, ct);
    }

    /// <summary>Continues from the record alone (a step, a resume): its command and its fixed recipients.</summary>
    private async Task<bool> GoOnAsync(string fanOutId, TableEntity meta, CancellationToken ct)
    {
        var command = CommandOf(meta);
        if (command is null && meta.GetString("Kind") != NoticesKind)
        {
            log.LogError("Fan-out {FanOutId} has no command on its record; it cannot go on", fanOutId);
            return false;
        }

        await QueueAheadAsync(fanOutId, meta, await ReadListAsync(fanOutId, ct), command, ct);
        return true;
    }

    /// <summary>Queues batches from the recorded position until the booked slots reach <c>AheadSeconds</c> from
    /// now; then the next step is published (before the position is recorded: a crash in between repeats a
    /// batch, never skips one) to arrive when half of that is left. Stops when another run is ahead of it.</summary>
    private async Task QueueAheadAsync(string fanOutId, TableEntity meta, Recipients recipients, FanOutCommand? command, CancellationToken ct)
    {
        var ahead = options.Value.Ahead;
        var horizon = clock.GetUtcNow() + ahead;
        var enqueued = meta.GetInt32("Enqueued") ?? 0;
        while (enqueued < recipients.Count && !(meta.GetBoolean("Cancelled") ?? false))
        {
            var batch = Math.Min(BatchSize, recipients.Count - enqueued);
            var slots = await pacer.ReserveAsync(batch, ct);
            var now = clock.GetUtcNow();
            await Task.WhenAll(Enumerable.Range(0, (batch + SendsPerMessage - 1) / SendsPerMessage).Select(i =>
            {
                var delay = slots[i * SendsPerMessage] - now;
                var sends = recipients.Sends(fanOutId, enqueued + (i * SendsPerMessage), Math.Min(SendsPerMessage, batch - (i * SendsPerMessage)), command);
                return inbox.PublishFanOutSendsAsync(sends, ct, delay > TimeSpan.Zero ? delay : null);
            }));

            enqueued += batch;
            DateTimeOffset? nextStep = null;
            if (enqueued < recipients.Count && slots.End >= horizon)
            {
                nextStep = slots.End - (ahead / 2);
                var delay = nextStep.Value - now;
                await storage.Queue(StorageNames.BulkQueue).SendMessageAsync(
                    new FanOutStep(fanOutId, enqueued).Serialize(), delay > TimeSpan.Zero ? delay : null, cancellationToken: ct);
            }

            if (!await RecordEnqueuedAsync(fanOutId, meta, enqueued, nextStep, ct))
            {
                log.LogInformation("Fan-out {FanOutId}: another run is ahead at {Enqueued}; this one stops", fanOutId, meta.GetInt32("Enqueued"));
                return;
            }

            if (nextStep is not null)
            {
                log.LogInformation("Fan-out {FanOutId}: {Enqueued} of {Total} queued; the next step at {NextStep:O}", fanOutId, enqueued, recipients.Count, nextStep);
                return;
            }
        }

        await CloseAsync(fanOutId, ct);
        log.LogInformation("Fan-out {FanOutId}: {Enqueued} of {Total} recipients queued", fanOutId, enqueued, recipients.Count);
    }

    /// <summary>Takes the fan-out off the open list (all queued, or cancelled).</summary>
    private async Task CloseAsync(string fanOutId, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(OpenPartition, fanOutId, ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Closed by another run.
        }
    }

    /// <summary>Writes the position on <paramref name="meta"/>, a whole row as read (ETag-conditional). After a 412 it re-reads:
    /// another run behind this one is overwritten, one level with or ahead of it wins (false).</summary>
    private async Task<bool> RecordEnqueuedAsync(string fanOutId, TableEntity meta, int enqueued, DateTimeOffset? nextStep, CancellationToken ct)
    {
        while (true)
        {
            meta["Enqueued"] = enqueued;
            meta["NextStepAt"] = nextStep;
            try
            {
                // Replace, not merge: a merge keeps a column set to null (NextStepAt once everyone is queued).
                meta.ETag = (await Table.UpdateEntityAsync(meta, meta.ETag, TableUpdateMode.Replace, ct)).Headers.ETag ?? meta.ETag;
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                var theirs = (await Table.GetEntityAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct)).Value;
                foreach (var (name, value) in theirs)
                {
                    meta[name] = value;
                }

                meta.ETag = theirs.ETag;
                if ((theirs.GetInt32("Enqueued") ?? 0) >= enqueued)
                {
                    return false;
                }
            }
        }
    }

    private static FanOutCommand? CommandOf(TableEntity meta)
    {
        if (meta.GetString("Command") is not { Length: > 0 } name)
        {
            return null;
        }

        using var payload = meta.GetString("Payload") is { } json ? JsonDocument.Parse(json) : null;
        return new FanOutCommand(name, payload?.RootElement.Clone());
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
                           select: ["RowKey", "Outcome", "At", "Total", "Enqueued", "StartedAt", "Cancelled", "NextStepAt", "Kind"], cancellationToken: ct))
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

        var progress = ProgressOf(fanOutId, meta, counts);
        return progress.Finished ? progress with { FinishedAt = last ?? progress.StartedAt } : progress;
    }

    private static FanOutProgress ProgressOf(string fanOutId, TableEntity meta, int[] counts) => new(
        fanOutId,
        meta.GetInt32("Total") ?? 0,
        meta.GetInt32("Enqueued") ?? 0,
        counts[(int)FanOutOutcome.Sent],
        counts[(int)FanOutOutcome.Failed],
        counts[(int)FanOutOutcome.Unreachable],
        counts[(int)FanOutOutcome.Skipped],
        meta.GetBoolean("Cancelled") ?? false,
        meta.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        null,
        meta.GetDateTimeOffset("NextStepAt"),
        meta.GetString("Kind") != NoticesKind);

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
            _cancelled[fanOutId] = (Task.FromResult(true), clock.GetUtcNow());
            await CloseAsync(fanOutId, ct);
            log.LogInformation("Fan-out {FanOutId} cancelled", fanOutId);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Whether the fan-out was cancelled: read at most every 2 s per instance, one read shared by the
    /// callers that ask meanwhile (ten recipients of a bulk message ask at once).</summary>
    public Task<bool> IsCancelledAsync(string fanOutId)
    {
        var now = clock.GetUtcNow();
        if (_cancelled.TryGetValue(fanOutId, out var known) && !known.Cancelled.IsFaulted && !known.Cancelled.IsCanceled
            && (known.Cancelled is { IsCompletedSuccessfully: true, Result: true } || now - known.At < CancelCacheFor))
        {
            return known.Cancelled;
        }

        // Not the caller's token: other callers share this read.
        var read = ReadCancelledAsync(fanOutId, CancellationToken.None);
        _cancelled[fanOutId] = (read, now);
        return read;
    }

    private async Task<bool> ReadCancelledAsync(string fanOutId, CancellationToken ct)
    {
        var meta = await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, select: ["Cancelled"], cancellationToken: ct);
        return meta.HasValue && (meta.Value!.GetBoolean("Cancelled") ?? false);
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

    /// <summary>The fan-out's record, created from <paramref name="fresh"/> on the first start (the open-list row
    /// first, the list rows next, the meta row last: once it exists, the list is complete); a later start gets the
    /// recipients fixed then.</summary>
    private async Task<(TableEntity Meta, Recipients Recipients)> LoadOrCreateAsync(
        string fanOutId, Recipients fresh, string? commandName, string? payload, CancellationToken ct)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct);
        if (existing.HasValue)
        {
            log.LogInformation("Fan-out {FanOutId} started before; it continues with the recipients fixed then", fanOutId);
            return (existing.Value!, await ReadListAsync(fanOutId, ct));
        }

        await Table.UpsertEntityAsync(new TableEntity(OpenPartition, fanOutId) { ["At"] = clock.GetUtcNow() }, TableUpdateMode.Replace, ct);
        var chunk = 0;
        foreach (var column in fresh.ListColumns())
        {
            await Table.UpsertEntityAsync(new TableEntity(fanOutId, ListRowPrefix + chunk++.ToString("D5", CultureInfo.InvariantCulture)) { [column.Name] = column.Value },
                TableUpdateMode.Replace, ct);
        }

        var meta = new TableEntity(fanOutId, MetaRow)
        {
            ["Total"] = fresh.Count,
            ["Enqueued"] = 0,
            ["StartedAt"] = clock.GetUtcNow(),
            ["Cancelled"] = false,
            ["Command"] = commandName,
            ["Payload"] = payload,
            ["Kind"] = fresh.Notices is null ? null : NoticesKind,
        };
        try
        {
            meta.ETag = (await Table.AddEntityAsync(meta, ct)).Headers.ETag ?? default;
            log.LogInformation("Fan-out {FanOutId} started for {Total} recipients", fanOutId, fresh.Count);
            return (meta, fresh);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Started by an overlapping run a moment ago: its list wins.
            var theirs = (await Table.GetEntityAsync<TableEntity>(fanOutId, MetaRow, cancellationToken: ct)).Value;
            return (theirs, await ReadListAsync(fanOutId, ct));
        }
    }

    private async Task<Recipients> ReadListAsync(string fanOutId, CancellationToken ct)
    {
        var users = new List<long>();
        List<FanOutNotice>? notices = null;
        await foreach (var row in Table.QueryAsync<TableEntity>(
                           x => x.PartitionKey == fanOutId && x.RowKey.CompareTo(ListRowPrefix) >= 0 && x.RowKey.CompareTo(ListRowPrefix + "~") < 0,
                           cancellationToken: ct))
        {
            if (row.GetString(Recipients.NoticesColumn) is { } json)
            {
                notices ??= [];
                notices.AddRange(JsonSerializer.Deserialize<List<FanOutNotice>>(json, EngineJson.Options) ?? []);
            }
            else
            {
                users.AddRange((row.GetString(Recipients.IdsColumn) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => long.Parse(s, CultureInfo.InvariantCulture)));
            }
        }

        return notices is null ? new Recipients(users, null) : new Recipients(notices.Select(n => n.UserId).ToArray(), notices);
    }

    /// <summary>A fan-out's fixed recipients: users who all get its command, or notices, each its own command.</summary>
    private sealed record Recipients(IReadOnlyList<long> Users, IReadOnlyList<FanOutNotice>? Notices)
    {
        public const string IdsColumn = "Ids";
        public const string NoticesColumn = "Notices";

        public int Count => Users.Count;

        /// <summary>The bulk-queue message for recipients <paramref name="from"/> .. +<paramref name="count"/>.</summary>
        public FanOutSends Sends(string fanOutId, int from, int count, FanOutCommand? command) =>
            Notices is null
                ? new FanOutSends(fanOutId, Users.Skip(from).Take(count).ToArray(), command)
                : FanOutSends.Of(fanOutId, Notices.Skip(from).Take(count).ToArray());

        /// <summary>The list rows' contents: ids, 2,000 a row; or notices as JSON, as many as fit a table string.</summary>
        public IEnumerable<(string Name, string Value)> ListColumns()
        {
            if (Notices is null)
            {
                foreach (var ids in Users.Chunk(IdsPerListRow))
                {
                    yield return (IdsColumn, string.Join(',', ids.Select(u => u.ToString(CultureInfo.InvariantCulture))));
                }

                yield break;
            }

            var row = new List<string>();
            var length = 2;
            foreach (var notice in Notices.Select(n => JsonSerializer.Serialize(n, EngineJson.Options)))
            {
                if (row.Count > 0 && length + notice.Length + 1 > MaxPayloadChars)
                {
                    yield return (NoticesColumn, "[" + string.Join(',', row) + "]");
                    row.Clear();
                    length = 2;
                }

                row.Add(notice);
                length += notice.Length + 1;
            }

            if (row.Count > 0)
            {
                yield return (NoticesColumn, "[" + string.Join(',', row) + "]");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();
}
