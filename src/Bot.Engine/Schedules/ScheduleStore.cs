using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Inbox;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Schedules;

/// <summary>Future commands, bucketed by minute (PartitionKey "yyyyMMddHHmm"). The Reminders timer
/// delivers every bucket of a minute that has fully passed, then moves its cursor; a late or repeated
/// run delivers each command at least once, and the command's key makes it apply once.</summary>
public sealed class ScheduleStore(BotStorage storage, IInboxPublisher inbox, TimeProvider clock, ILogger<ScheduleStore> log)
{
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
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Bucket(minute), cancellationToken: ct))
            {
                var command = JsonSerializer.Deserialize<InternalCommand>(row.GetString("Command") ?? "null", EngineJson.Options);
                if (command is not null)
                {
                    await inbox.PublishCommandAsync(row.GetInt64("UserId") ?? 0, command, ct);
                    delivered++;
                }

                await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
            }

            await Cursors.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Done"] = minute }, TableUpdateMode.Replace, ct);
        }

        if (delivered > 0)
        {
            log.LogInformation("Delivered {Count} scheduled commands", delivered);
        }

        return delivered;
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);
}
