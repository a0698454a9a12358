using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bot.Engine.Storage;
using Bot.Features.Loyalty.YClients;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty.Sync;

/// <summary>
/// The BonusSync timer's work: every record YCLIENTS changed since the cursor, page after page; each paid one
/// recorded in the bonus log once (<see cref="BonusBook"/>). The cursor (the newest <c>last_change_date</c>
/// seen) is written only after the whole run is recorded: a run that fails or dies half-way leaves it where
/// it was, and the next run reads the same records again (each recorded once by its id). YCLIENTS' errors
/// are logged with its own message and the run ends; the next run retries. A record that cannot be read is kept
/// (<see cref="UnreadableRecords"/>) and retried by its id at the start of every run until it reads (its bonus
/// then recorded once, like any other) or an admin dismisses it.
/// </summary>
public sealed class BonusSync(
    IYClientsClient yclients, BonusBook bonuses, UnreadableRecords problems, BotStorage storage, IOptions<LoyaltyOptions> options, ILogger<BonusSync> log)
{
    public const string FunctionName = "BonusSync";

    /// <summary>Open problems retried a run at most (each one request to YCLIENTS, paced like the pages).</summary>
    public const int MaxRetriesPerRun = 50;
    public const string ScheduleSetting = "BonusSyncSchedule";
    private const string CursorProperty = "ChangedAfter";

    private TableClient Cursors => storage.Table(StorageNames.CursorsTable);

    public async Task<SyncResult> RunAsync(CancellationToken ct)
    {
        var cursor = await ReadCursorAsync(ct);
        DateTimeOffset? newest = cursor;
        int pages = 0, records = 0, fresh = 0, credited = 0, unreadable = 0, recovered = 0;
        try
        {
            // Kept problems: the open ones are retried first; any kept one (dismissed too) that reads in the pages is closed.
            var kept = await problems.ListAsync(ct);
            var keptKeys = kept.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var problem in kept.Where(p => p.Status == UnreadableRecord.Open).Take(MaxRetriesPerRun))
            {
                if (await RetryAsync(problem, ct) is { } outcome)
                {
                    recovered++;
                    fresh += outcome.New ? 1 : 0;
                    credited += outcome.SentTo is null ? 0 : 1;
                    keptKeys.Remove(problem.Key);
                }
            }

            await foreach (var page in yclients.GetRecordsAsync(new YClientsRecordQuery(ChangedAfter: cursor), ct))
            {
                pages++;
                records += page.Records.Count;
                foreach (var problem in page.Problems)
                {
                    unreadable++;
                    log.LogWarning("YCLIENTS record {RecordId} (page {Page}, index {Index}) cannot be read: {Reason}", problem.RecordId, page.Page, problem.Index, problem.Reason);
                    await problems.KeepAsync(problem, "sync", ct);
                }

                var paid = page.Records
                    .Select(r => BonusRule.Evaluate(r, options.Value.BonusPercent))
                    .OfType<PaidVisit>()
                    .ToList();
                var outcomes = await bonuses.RecordAsync(paid, "sync", ct);
                fresh += outcomes.Count(o => o.New);
                credited += outcomes.Count(o => o.SentTo is not null);
                foreach (var record in page.Records)
                {
                    if (keptKeys.Remove(BonusBook.RecordKey(record.Id)))
                    {
                        // Kept as unreadable before; it reads now (changed in YCLIENTS) and its bonus is recorded above.
                        await problems.ResolveAsync(BonusBook.RecordKey(record.Id), ct);
                        recovered++;
                    }

                    if (record.LastChangeDate is { } changed && (newest is null || changed > newest))
                    {
                        newest = changed;
                    }
                }
            }
        }
        catch (YClientsException ex)
        {
            log.LogError(ex, "BonusSync stopped after {Pages} pages: YCLIENTS answered {Status}: {Message}; the cursor stays at {Cursor} and the next run retries",
                pages, ex.StatusCode, ex.YClientsMessage ?? ex.Message, cursor);
            return new SyncResult(pages, records, fresh, credited, unreadable, ex.YClientsMessage ?? ex.Message, recovered);
        }

        if (newest is { } next && next != cursor)
        {
            await Cursors.UpsertEntityAsync(new TableEntity(LoyaltyTables.CursorPartition, LoyaltyTables.CursorRow)
            {
                [CursorProperty] = next.ToString("O", CultureInfo.InvariantCulture),
            }, TableUpdateMode.Replace, ct);
        }

        log.LogInformation("BonusSync: {Pages} pages, {Records} records, {New} new bonuses, {Credited} sent to linked users, {Unreadable} unreadable, {Recovered} unreadable before and read now; cursor {Cursor}",
            pages, records, fresh, credited, unreadable, recovered, newest);
        return new SyncResult(pages, records, fresh, credited, unreadable, null, recovered);
    }

    /// <summary>Reads a kept problem again: by its id from YCLIENTS, or (no id) its stored JSON with today's reader.
    /// Readable → its bonus recorded (once, by the record id) and the problem closed; otherwise kept, one attempt more.</summary>
    private async Task<RecordOutcome?> RetryAsync(UnreadableRecord problem, CancellationToken ct)
    {
        YClientsRecordPage read;
        if (problem.RecordId is { } id)
        {
            try
            {
                read = await yclients.GetRecordAsync(id, ct);
            }
            catch (YClientsException ex) when (ex.StatusCode == 404)
            {
                await problems.KeepAsync(new YClientsRecordProblem(0, id, $"YCLIENTS has no record {id} any more (404); dismiss it if it was removed", problem.Raw), problem.Source, ct);
                return null;
            }
        }
        else
        {
            read = Reparse(problem.Raw);
        }

        if (read.Records is not [var record])
        {
            await problems.KeepAsync(read.Problems.Count > 0 ? read.Problems[0] with { RecordId = problem.RecordId } : new YClientsRecordProblem(0, problem.RecordId, problem.Reason, problem.Raw), problem.Source, ct);
            return null;
        }

        PaidVisit[] paid = BonusRule.Evaluate(record, options.Value.BonusPercent) is { } visit ? [visit] : [];
        var outcome = paid.Length == 0 ? new RecordOutcome(false, null) : (await bonuses.RecordAsync(paid, "retry", ct))[0];
        await problems.ResolveAsync(problem.Key, ct);
        return outcome;
    }

    private static YClientsRecordPage Reparse(string raw)
    {
        try
        {
            return new YClientsRecordPage(1, 1, 1, [YClientsJson.ParseRecord(JsonNode.Parse(raw))], []);
        }
        catch (YClientsFormatException ex)
        {
            return new YClientsRecordPage(1, 1, 1, [], [new YClientsRecordProblem(0, null, ex.Message, raw)]);
        }
        catch (JsonException ex)
        {
            return new YClientsRecordPage(1, 1, 1, [], [new YClientsRecordProblem(0, null, "the kept JSON is not whole: " + ex.Message, raw)]);
        }
    }

    /// <summary>The newest <c>last_change_date</c> recorded so far, in the company's offset (null: from the start).</summary>
    public async Task<DateTimeOffset?> ReadCursorAsync(CancellationToken ct)
    {
        var row = await Cursors.GetEntityIfExistsAsync<TableEntity>(LoyaltyTables.CursorPartition, LoyaltyTables.CursorRow, cancellationToken: ct);
        return row.HasValue && DateTimeOffset.TryParse(row.Value!.GetString(CursorProperty), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : null;
    }
}
