using System.Globalization;
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
/// are logged with its own message and the run ends; the next run retries.
/// </summary>
public sealed class BonusSync(IYClientsClient yclients, BonusBook bonuses, BotStorage storage, IOptions<LoyaltyOptions> options, ILogger<BonusSync> log)
{
    public const string FunctionName = "BonusSync";
    public const string ScheduleSetting = "BonusSyncSchedule";
    private const string CursorProperty = "ChangedAfter";

    private TableClient Cursors => storage.Table(StorageNames.CursorsTable);

    public async Task<SyncResult> RunAsync(CancellationToken ct)
    {
        var cursor = await ReadCursorAsync(ct);
        DateTimeOffset? newest = cursor;
        int pages = 0, records = 0, fresh = 0, credited = 0, unreadable = 0;
        try
        {
            await foreach (var page in yclients.GetRecordsAsync(new YClientsRecordQuery(ChangedAfter: cursor), ct))
            {
                pages++;
                records += page.Records.Count;
                foreach (var problem in page.Problems)
                {
                    unreadable++;
                    log.LogError("YCLIENTS record {RecordId} (page {Page}, index {Index}) cannot be read: {Reason}", problem.RecordId, page.Page, problem.Index, problem.Reason);
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
            return new SyncResult(pages, records, fresh, credited, unreadable, ex.YClientsMessage ?? ex.Message);
        }

        if (newest is { } next && next != cursor)
        {
            await Cursors.UpsertEntityAsync(new TableEntity(LoyaltyTables.CursorPartition, LoyaltyTables.CursorRow)
            {
                [CursorProperty] = next.ToString("O", CultureInfo.InvariantCulture),
            }, TableUpdateMode.Replace, ct);
        }

        log.LogInformation("BonusSync: {Pages} pages, {Records} records, {New} new bonuses, {Credited} sent to linked users, {Unreadable} unreadable; cursor {Cursor}",
            pages, records, fresh, credited, unreadable, newest);
        return new SyncResult(pages, records, fresh, credited, unreadable, null);
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
