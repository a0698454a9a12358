using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Schedules;

/// <summary>Future commands, bucketed by minute (PartitionKey "yyyyMMddHHmm"). The Reminders timer
/// delivers every bucket of a minute that has fully passed, then moves its cursor; a late or repeated
/// run delivers each command at least once, and the command's key makes it apply once. A minute with more than
/// <see cref="FanOut.SendsPerMessage"/> commands (a coaching program's day at 09:00 for every participant, the
/// families' settlement at a period's end) goes out as a fan-out of notices, <c>schedule-{minute}</c>: paced at
/// <c>Broadcasts:PerSecond</c> with every other fan-out, on the bulk queue, so users' own messages keep their
/// priority and Telegram's limit is kept; fewer go straight to the users' inbox.</summary>
public sealed class ScheduleStore(BotStorage storage, IInboxPublisher inbox, FanOut fanOut, TimeProvider clock, ILogger<ScheduleStore> log)
{
    /// <summary>The fan-out id of a minute's commands: <c>schedule-yyyyMMddHHmm</c> (a repeated run continues it).</summary>
    public const string FanOutPrefix = "schedule-";

    private const string CursorPartition = "cursor";
    private const string CursorRow = "schedules";
    private static readonly TimeSpan FirstRunLookBack = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxCatchUp = TimeSpan.FromDays(1);

    private TableClient Table => storage.Table(StorageNames.SchedulesTable);
    private TableClient Cursors => storage.Table(StorageNames.CursorsTable);

    public static string Bucket(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public async Task AddAsync(DateTimeOffset at, long userId, InternalCommand command, CancellationToken ct)
    {
        // Never into a minute that may have been delivered already.
        var now = clock.GetUtcNow();
        var due = at < now ? now : at;
        var entity = new TableEntity(Bucket(due), UserPartition.SafeKey($"{userId}|{command.Key}"))
        {
            ["UserId"] = userId,
            ["Command"] = JsonSerializer.Serialize(command, EngineJson.Options),
            ["DueAt"] = due,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>Delivers every command due in a fully passed minute; returns how many.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lastMinute = Truncate(now).AddMinutes(-1);
        var cursor = await Cursors.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: ct);
        var from = cursor.HasValue && cursor.Value!.GetDateTimeOffset("Done") is { } done
            ? done.AddMinutes(1)
            : Truncate(now - FirstRunLookBack);
        if (lastMinute - from > MaxCatchUp)
        {
            log.LogWarning("Schedules are {Minutes} minutes behind; delivering the last day only", (lastMinute - from).TotalMinutes);
            from = lastMinute - MaxCatchUp;
        }

        var delivered = 0;
        for (var minute = from; minute <= lastMinute; minute = minute.AddMinutes(1))
        {
            var rows = new List<TableEntity>();
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Bucket(minute), cancellationToken: ct))
            {
                rows.Add(row);
            }

            var due = rows
                .Select(row => (UserId: row.GetInt64("UserId") ?? 0, Command: JsonSerializer.Deserialize<InternalCommand>(row.GetString("Command") ?? "null", EngineJson.Options)))
                .Where(d => d is { UserId: not 0, Command.Key.Length: > 0 })
                .Select(d => new FanOutNotice(d.UserId, d.Command!))
                .ToList();
            var busy = due.Count > FanOut.SendsPerMessage;
            var paced = busy ? due.Where(FanOut.FitsANotice).ToList() : [];
            if (paced.Count > 0)
            {
                // The list is fixed before the rows go: a crash in between makes the next run continue the same fan-out.
                await fanOut.StartNoticesAsync(FanOutPrefix + Bucket(minute), paced, ct);
            }

            foreach (var notice in busy ? due.Where(n => !FanOut.FitsANotice(n)) : due)
            {
                await inbox.PublishCommandAsync(notice.UserId, notice.Command, ct);
            }

            if (rows.Count > due.Count)
            {
                log.LogWarning("{Count} scheduled rows of minute {Minute} name no user or no command; dropped", rows.Count - due.Count, Bucket(minute));
            }

            delivered += due.Count;
            await DeleteAsync(rows, ct);

            await Cursors.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Done"] = minute }, TableUpdateMode.Replace, ct);
        }

        if (delivered > 0)
        {
            log.LogInformation("Delivered {Count} scheduled commands", delivered);
        }

        return delivered;
    }

    /// <summary>Deletes a minute's delivered rows, 100 to a transaction (one partition); a transaction that fails
    /// because an overlapping run deleted a row first goes row by row.</summary>
    private async Task DeleteAsync(IReadOnlyList<TableEntity> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(100))
        {
            try
            {
                await Table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
            }
            catch (TableTransactionFailedException)
            {
                foreach (var row in chunk)
                {
                    try
                    {
                        await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
                    }
                    catch (RequestFailedException ex) when (ex.Status == 404)
                    {
                        // An overlapping run delivered it too (its key applies it once) and deleted it first.
                    }
                }
            }
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);
}
