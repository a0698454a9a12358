using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Records;
using Bot.Engine.Storage;
using Bot.Features.Common;
using Bot.Features.Loyalty.Admin;
using Bot.Features.Loyalty.Linking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty.Sync;

/// <summary>
/// The bonus log and the phones' pending points. Every step is idempotent, so any repeat (a rerun, two
/// overlapping runs, a crash half-way, the webhook and the timer together) ends in the same state:
/// <list type="number">
/// <item>the bonus row is inserted once, keyed by the record id (409 = recorded before: carry on from it);</item>
/// <item>a pending row <c>p|bonus:{id}</c> goes into the phone's partition, then the phone's link is read
/// (the linker writes the link, then reads the pending rows: one of the two always sees the other);</item>
/// <item>a linked phone's bonus is assigned to its user with a conditional write (one owner, ever), then the
/// command <see cref="LoyaltyCommands.Bonus"/> (key <c>loyalty:bonus:{id}</c>, ledger key <c>bonus:{id}</c>)
/// goes to that user as a notice of one fan-out per run (<see cref="FanOut.StartNoticesAsync"/>: paced with the
/// broadcasts at <c>Broadcasts:PerSecond</c>, queued in steps of <c>Broadcasts:AheadSeconds</c>, resumed by the
/// engine's sweep if its starter dies);</item>
/// <item>the user's handler posts the points and says so in one commit (a repeated command is a duplicate
/// posting: nothing is committed or sent), and its effect marks the row <c>Notified</c>.</item>
/// </list>
/// </summary>
public sealed class BonusBook(
    BotStorage storage, SharedRecords records, IInboxPublisher inbox, FanOut fanOut, TimeProvider clock, IOptions<LoyaltyOptions> options, ILogger<BonusBook> log)
{
    public const string BonusPending = "bonus:";
    public const string AdjustmentPending = "adj:";

    /// <summary>The fan-out ids of the credits' notices: <c>loyalty-{guid}</c>.</summary>
    public const string NoticesPrefix = "loyalty-";

    private int Parallelism => Math.Clamp(options.Value.SyncParallelism, 1, 64);

    private TableClient Bonuses => storage.Table(LoyaltyTables.Bonuses);

    private TableClient PhoneTable => storage.Table(LoyaltyTables.Phones);

    /// <summary>Records the paid visits (each once) and sends every bonus of a linked phone to its user, paced.</summary>
    public async Task<IReadOnlyList<RecordOutcome>> RecordAsync(IReadOnlyList<PaidVisit> visits, string source, CancellationToken ct)
    {
        var outcomes = new RecordOutcome[visits.Count];
        var sends = new ConcurrentBag<FanOutNotice>();
        await Parallel.ForEachAsync(Enumerable.Range(0, visits.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                var (isNew, owner, credit) = await RecordOneAsync(visits[i], source, token);
                outcomes[i] = new RecordOutcome(isNew, owner);
                if (owner is { } user && credit is not null)
                {
                    sends.Add(new FanOutNotice(user, InternalCommand.Create(LoyaltyCommands.Bonus, BonusCredit.CommandKey(credit.RecordId), credit)));
                }
            });
        await PublishPacedAsync(sends.OrderBy(n => n.Command.Key, StringComparer.Ordinal).ToList(), ct);
        return outcomes;
    }

    /// <summary>After a phone was linked to <paramref name="userId"/>: sends every bonus and adjustment waiting for it.</summary>
    public async Task<int> CreditPendingAsync(string phone, long userId, CancellationToken ct)
    {
        var sends = new List<FanOutNotice>();
        await foreach (var row in PendingRowsAsync(phone, ct))
        {
            var key = row.RowKey[LoyaltyTables.PendingPrefix.Length..];
            if (key.StartsWith(BonusPending, StringComparison.Ordinal)
                && long.TryParse(key[BonusPending.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var recordId))
            {
                var bonus = await Bonuses.GetEntityIfExistsAsync<TableEntity>(RecordKey(recordId), LoyaltyTables.BonusRow, cancellationToken: ct);
                if (!bonus.HasValue || (bonus.Value!.GetBoolean("Notified") ?? false))
                {
                    continue;
                }

                var owner = await AssignAsync(bonus.Value, userId, ct);
                if (owner == userId)
                {
                    sends.Add(new FanOutNotice(userId, InternalCommand.Create(LoyaltyCommands.Bonus, BonusCredit.CommandKey(recordId), CreditOf(bonus.Value))));
                }
            }
            else if (key.StartsWith(AdjustmentPending, StringComparison.Ordinal))
            {
                var adjustment = new PendingAdjustment(key[AdjustmentPending.Length..], row.GetInt64("Points") ?? 0, row.GetString("Reason") ?? "", phone);
                sends.Add(new FanOutNotice(userId, InternalCommand.Create(LoyaltyCommands.Adjusted, PendingAdjustment.CommandKey(adjustment.Key), adjustment)));
            }
        }

        await PublishPacedAsync(sends, ct);
        log.LogInformation("Phone {Phone} linked to user {UserId}: {Count} waiting credits sent", Phones.Mask(phone), userId, sends.Count);
        return sends.Count;
    }

    /// <summary>The user's handler posted the bonus (or adjustment) and committed its notice: the log says
    /// <c>notified</c> and the phone's pending row goes.</summary>
    public async Task MarkNotifiedAsync(NotifiedRequest request, long userId, CancellationToken ct)
    {
        if (request.RecordId is { } recordId)
        {
            await Bonuses.UpdateEntityAsync(
                new TableEntity(RecordKey(recordId), LoyaltyTables.BonusRow) { ["Notified"] = true, ["UserId"] = userId, ["NotifiedAt"] = clock.GetUtcNow() },
                ETag.All, TableUpdateMode.Merge, ct);
        }

        if (!string.IsNullOrEmpty(request.Phone))
        {
            try
            {
                await PhoneTable.DeleteEntityAsync(request.Phone, LoyaltyTables.PendingPrefix + request.PendingKey, ETag.All, ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Deleted by an earlier run of this effect.
            }
        }
    }

    /// <summary>The user who holds the phone, or null.</summary>
    public async Task<long?> LinkedUserAsync(string phone, CancellationToken ct) =>
        (await records.GetAsync<PhoneLink>(LoyaltyTables.Phones, phone, LoyaltyTables.LinkRow, ct))?.UserId;

    /// <summary>The points waiting for an unlinked phone (bonuses and adjustments), without <paramref name="exceptKey"/>.</summary>
    public async Task<long> PendingPointsAsync(string phone, string? exceptKey, CancellationToken ct)
    {
        long sum = 0;
        await foreach (var row in PendingRowsAsync(phone, ct))
        {
            if (row.RowKey != LoyaltyTables.PendingPrefix + exceptKey)
            {
                sum += row.GetInt64("Points") ?? 0;
            }
        }

        return sum;
    }

    /// <summary>Keeps an adjustment for an unlinked phone until it is linked (the same key twice: one row).</summary>
    public Task AddPendingAdjustmentAsync(string phone, string key, long points, string reason, CancellationToken ct) =>
        PhoneTable.UpsertEntityAsync(new TableEntity(phone, LoyaltyTables.PendingPrefix + AdjustmentPending + key)
        {
            ["Points"] = points,
            ["Reason"] = reason,
            ["At"] = clock.GetUtcNow(),
        }, TableUpdateMode.Replace, ct);

    /// <summary>Sends a pending adjustment to the phone's user (when it got linked while the adjustment was kept).</summary>
    public Task SendAdjustmentAsync(long userId, PendingAdjustment adjustment, CancellationToken ct) =>
        inbox.PublishCommandAsync(userId, InternalCommand.Create(LoyaltyCommands.Adjusted, PendingAdjustment.CommandKey(adjustment.Key), adjustment), ct);

    /// <summary>The bonus log between two instants of <c>awardedAt</c> (from included, to excluded), by record id.</summary>
    public async Task<IReadOnlyList<BonusLogEntry>> LogAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var entries = new List<BonusLogEntry>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {LoyaltyTables.BonusRow} and AwardedAt ge {from.ToUniversalTime()} and AwardedAt lt {to.ToUniversalTime()}");
        await foreach (var row in Bonuses.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            entries.Add(new BonusLogEntry(
                long.Parse(row.PartitionKey, CultureInfo.InvariantCulture),
                row.GetString("Phone") is { Length: > 0 } p ? p : null,
                row.GetInt64("UserId"),
                decimal.Parse(row.GetString("Amount") ?? "0", CultureInfo.InvariantCulture),
                row.GetInt64("Points") ?? 0,
                row.GetDateTimeOffset("AwardedAt") ?? default,
                row.GetBoolean("Notified") ?? false));
        }

        entries.Sort((a, b) => a.RecordId.CompareTo(b.RecordId));
        return entries;
    }

    /// <summary>The table's partition key of a record: its id, zero-padded so the partitions sort by id.</summary>
    public static string RecordKey(long recordId) => recordId.ToString("D19", CultureInfo.InvariantCulture);

    private async Task<(bool New, long? Owner, BonusCredit? Credit)> RecordOneAsync(PaidVisit visit, string source, CancellationToken ct)
    {
        var phone = Phones.TryNormalize(visit.Phone, out var e164, out _) ? e164 : null;
        if (phone is null)
        {
            log.LogWarning("Record {RecordId} has no valid client phone ({Phone}); its bonus is logged and waits for no one", visit.RecordId, Phones.Mask(visit.Phone));
        }

        var row = new TableEntity(RecordKey(visit.RecordId), LoyaltyTables.BonusRow)
        {
            ["Phone"] = phone ?? "",
            ["Amount"] = visit.Amount.ToString(CultureInfo.InvariantCulture),
            ["Points"] = visit.Points,
            ["VisitAt"] = visit.VisitAt,
            ["AwardedAt"] = clock.GetUtcNow(),
            ["Notified"] = false,
            ["Source"] = source,
        };
        bool isNew;
        try
        {
            row.ETag = (await Bonuses.AddEntityAsync(row, ct)).Headers.ETag ?? default;
            isNew = true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Recorded before (a rerun, an overlap, the webhook or the timer first): carry on from what is stored.
            row = (await Bonuses.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: ct)).Value;
            isNew = false;
        }

        if (row.GetBoolean("Notified") ?? false)
        {
            return (isNew, null, null);
        }

        var credit = CreditOf(row);
        if (row.GetInt64("UserId") is { } owner)
        {
            return (isNew, owner, credit);
        }

        var stored = row.GetString("Phone");
        if (string.IsNullOrEmpty(stored))
        {
            return (isNew, null, null);
        }

        // Pending first, the link second (the linker does the opposite): one of the two sees the other.
        await PhoneTable.UpsertEntityAsync(new TableEntity(stored, LoyaltyTables.PendingPrefix + BonusPending + visit.RecordId.ToString(CultureInfo.InvariantCulture))
        {
            ["Points"] = credit.Points,
            ["RecordId"] = credit.RecordId,
        }, TableUpdateMode.Replace, ct);
        if (await LinkedUserAsync(stored, ct) is not { } linked)
        {
            return (isNew, null, null);
        }

        return (isNew, await AssignAsync(row, linked, ct), credit);
    }

    /// <summary>Gives the bonus to <paramref name="userId"/> unless it belongs to someone already (a conditional
    /// write: one owner ever); answers its owner.</summary>
    private async Task<long?> AssignAsync(TableEntity row, long userId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (row.GetInt64("UserId") is { } owner)
            {
                return owner;
            }

            try
            {
                await Bonuses.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["UserId"] = userId }, row.ETag, TableUpdateMode.Merge, ct);
                return userId;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                row = (await Bonuses.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: ct)).Value;
            }
        }

        throw new InvalidOperationException($"Bonus row {row.PartitionKey} kept changing; the next run assigns it.");
    }

    private static BonusCredit CreditOf(TableEntity row) => new(
        long.Parse(row.PartitionKey, CultureInfo.InvariantCulture),
        decimal.Parse(row.GetString("Amount") ?? "0", CultureInfo.InvariantCulture),
        row.GetInt64("Points") ?? 0,
        row.GetDateTimeOffset("VisitAt"),
        row.GetString("Phone") is { Length: > 0 } phone ? phone : null);

    private IAsyncEnumerable<TableEntity> PendingRowsAsync(string phone, CancellationToken ct) =>
        PhoneTable.QueryAsync<TableEntity>(
            e => e.PartitionKey == phone && e.RowKey.CompareTo(LoyaltyTables.PendingPrefix) >= 0 && e.RowKey.CompareTo(LoyaltyTables.PendingPrefix + "~") < 0,
            cancellationToken: ct);

    /// <summary>One notice per credit, all in one fan-out of notices (a new id each run: a rerun sends again what is
    /// still not notified, and the processor applies each credit's key once), so a first sync of thousands of
    /// bonuses reaches Telegram at <c>Broadcasts:PerSecond</c> together with any broadcast, without booking the
    /// pacer minutes ahead.</summary>
    private async Task PublishPacedAsync(IReadOnlyList<FanOutNotice> sends, CancellationToken ct)
    {
        if (sends.Count == 0)
        {
            return;
        }

        var id = NoticesPrefix + Guid.NewGuid().ToString("N");
        await fanOut.StartNoticesAsync(id, sends, ct);
        log.LogInformation("Loyalty notices {FanOutId}: {Count} credits to {Users} users", id, sends.Count, sends.Select(n => n.UserId).Distinct().Count());
    }
}
