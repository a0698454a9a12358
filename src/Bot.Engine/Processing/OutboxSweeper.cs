using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Processing;

/// <summary>OutboxSweep: finds outbox rows older than a minute (left by a crash between commit and send,
/// or by a failing effect), carries out those nobody owns any more (<see cref="OutboxRunner.Abandoned"/>), and
/// dead-letters rows that have failed for a day.</summary>
public sealed class OutboxSweeper(SessionStore store, OutboxRunner runner, BotStorage storage, TimeProvider clock, ILogger<OutboxSweeper> log)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan DeadAfter = TimeSpan.FromDays(1);

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = new HashSet<long>();
        var dead = new List<OutboxRow>();
        await foreach (var row in store.QueryStaleOutboxAsync(now - StaleAfter, ct))
        {
            if (now - row.CreatedAt > DeadAfter)
            {
                dead.Add(row);
            }
            else
            {
                users.Add(row.UserId);
            }
        }

        foreach (var row in dead)
        {
            log.LogError("Outbox row {RowKey} of user {UserId} failed for a day; moved to dead letters", row.RowKey, row.UserId);
            await storage.Table(StorageNames.DeadLettersTable).UpsertEntityAsync(
                new TableEntity(UserPartition.PartitionKey(row.UserId), UserPartition.SafeKey(row.RowKey))
                {
                    ["Item"] = JsonSerializer.Serialize(row.Item, EngineJson.Options),
                    ["CreatedAt"] = row.CreatedAt,
                },
                TableUpdateMode.Replace,
                ct);
            await store.DeleteOutboxAsync(row.UserId, [row.RowKey], ct);
        }

        foreach (var userId in users)
        {
            var snapshot = await store.LoadAsync(userId, ct);
            await runner.RunAsync(userId, [], OutboxRunner.Abandoned(snapshot.PendingOutbox, now), snapshot.Session?.Unreachable ?? false, ct);
        }

        if (users.Count > 0)
        {
            log.LogInformation("Outbox sweep sent pending rows of {Users} users", users.Count);
        }

        return users.Count;
    }
}
