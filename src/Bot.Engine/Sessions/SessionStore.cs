using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Ledger;
using Bot.Engine.Storage;

namespace Bot.Engine.Sessions;

/// <summary>Reads and commits one user's partition: session row, ledger rows, outbox rows.</summary>
public sealed class SessionStore(BotStorage storage)
{
    public const int MaxTransactionActions = 100;

    private TableClient Table => storage.Table(StorageNames.SessionsTable);

    /// <summary>One range query: the session row and any outbox rows still pending.</summary>
    public async Task<SessionSnapshot> LoadAsync(long userId, CancellationToken ct)
    {
        var pk = UserPartition.PartitionKey(userId);
        Session? session = null;
        var etag = default(ETag);
        var pending = new List<OutboxRow>();
        var filter = $"PartitionKey eq '{pk}' and RowKey ge '{UserPartition.SessionKey}' and RowKey lt '{UserPartition.RangeEnd}'";
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (entity.RowKey == UserPartition.SessionKey)
            {
                session = SessionEntityMapper.FromEntity(entity);
                etag = entity.ETag;
            }
            else
            {
                pending.Add(SessionEntityMapper.OutboxFromEntity(entity));
            }
        }

        return new SessionSnapshot(session, etag, pending);
    }

    public async Task<Session?> GetAsync(long userId, CancellationToken ct)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(UserPartition.PartitionKey(userId), UserPartition.SessionKey, cancellationToken: ct);
        return response.HasValue ? SessionEntityMapper.FromEntity(response.Value!) : null;
    }

    /// <summary>Commits the session (If-Match on the ETag read, or insert for a new user), the ledger rows
    /// and the outbox rows in one transaction.</summary>
    public async Task<CommitOutcome> CommitAsync(
        SessionSnapshot before, Session after, IReadOnlyList<LedgerEntry> ledger, IReadOnlyList<OutboxRow> outbox, CancellationToken ct)
    {
        var actions = new List<TableTransactionAction>(1 + ledger.Count + outbox.Count);
        var sessionEntity = SessionEntityMapper.ToEntity(after);
        actions.Add(before.Session is null
            ? new TableTransactionAction(TableTransactionActionType.Add, sessionEntity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, sessionEntity, before.ETag));
        actions.AddRange(ledger.Select(l => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(l))));
        actions.AddRange(outbox.Select(o => new TableTransactionAction(TableTransactionActionType.Add, SessionEntityMapper.ToEntity(o))));
        if (actions.Count > MaxTransactionActions)
        {
            throw new InvalidOperationException(
                $"One step may change at most {MaxTransactionActions} rows; this one has {actions.Count}. Split the work into commands.");
        }

        try
        {
            await Table.SubmitTransactionAsync(actions, ct);
            return CommitOutcome.Committed;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            return CommitOutcome.Conflict;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // The session insert of a new user lost a race, or a ledger key exists already.
            return ex.FailedTransactionActionIndex is null or 0 && before.Session is null
                ? CommitOutcome.Conflict
                : CommitOutcome.DuplicatePosting;
        }
    }

    /// <summary>Deletes sent outbox rows, in one transaction when possible.</summary>
    public async Task DeleteOutboxAsync(long userId, IReadOnlyCollection<string> rowKeys, CancellationToken ct)
    {
        if (rowKeys.Count == 0)
        {
            return;
        }

        var pk = UserPartition.PartitionKey(userId);
        try
        {
            foreach (var chunk in rowKeys.Chunk(MaxTransactionActions))
            {
                await Table.SubmitTransactionAsync(
                    chunk.Select(rk => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, rk), ETag.All)), ct);
            }
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Another runner deleted some of them first: delete the rest one by one.
            foreach (var rk in rowKeys)
            {
                try
                {
                    await Table.DeleteEntityAsync(pk, rk, ETag.All, ct);
                }
                catch (RequestFailedException inner) when (inner.Status == 404)
                {
                    // Already gone.
                }
            }
        }
    }

    /// <summary>One pending outbox row as stored, or null when it is gone (sent and deleted).</summary>
    public async Task<OutboxRow?> GetOutboxAsync(long userId, string rowKey, CancellationToken ct)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(UserPartition.PartitionKey(userId), rowKey, cancellationToken: ct);
        return response.HasValue ? SessionEntityMapper.OutboxFromEntity(response.Value!) : null;
    }

    /// <summary>Claims a pending outbox row until <paramref name="until"/> if it is unchanged since it was read (its
    /// ETag): the claimed row, or null when another runner claimed, released or deleted it first.</summary>
    public async Task<OutboxRow?> TryClaimOutboxAsync(OutboxRow row, DateTimeOffset until, CancellationToken ct)
    {
        var claim = new TableEntity(UserPartition.PartitionKey(row.UserId), row.RowKey) { [SessionEntityMapper.ClaimedUntilColumn] = until };
        try
        {
            var response = await Table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Merge, ct);
            return row with { ClaimedUntil = until, ETag = response.Headers.ETag ?? row.ETag };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Gives up outbox rows this runner holds: any runner may take them from <paramref name="until"/> on
    /// (one transaction when possible; a row already gone is skipped).</summary>
    public async Task ReleaseOutboxAsync(long userId, IReadOnlyCollection<string> rowKeys, DateTimeOffset until, CancellationToken ct)
    {
        if (rowKeys.Count == 0)
        {
            return;
        }

        var pk = UserPartition.PartitionKey(userId);
        TableEntity Release(string rk) => new(pk, rk) { [SessionEntityMapper.ClaimedUntilColumn] = until };
        try
        {
            foreach (var chunk in rowKeys.Chunk(MaxTransactionActions))
            {
                await Table.SubmitTransactionAsync(
                    chunk.Select(rk => new TableTransactionAction(TableTransactionActionType.UpdateMerge, Release(rk), ETag.All)), ct);
            }
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            foreach (var rk in rowKeys)
            {
                try
                {
                    await Table.UpdateEntityAsync(Release(rk), ETag.All, TableUpdateMode.Merge, ct);
                }
                catch (RequestFailedException inner) when (inner.Status == 404)
                {
                    // Sent and deleted meanwhile.
                }
            }
        }
    }

    /// <summary>Outbox rows of every user written before <paramref name="olderThan"/> (a table scan; the sweep's).</summary>
    public async IAsyncEnumerable<OutboxRow> QueryStaleOutboxAsync(DateTimeOffset olderThan, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {UserPartition.OutboxPrefix} and RowKey lt {UserPartition.RangeEnd} and CreatedAt lt {olderThan}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            yield return SessionEntityMapper.OutboxFromEntity(entity);
        }
    }

    public async IAsyncEnumerable<Session> QueryAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var filter = $"RowKey eq '{UserPartition.SessionKey}'";
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            yield return SessionEntityMapper.FromEntity(entity);
        }
    }

    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync(long userId, CancellationToken ct)
    {
        var pk = UserPartition.PartitionKey(userId);
        var filter = $"PartitionKey eq '{pk}' and RowKey ge '{UserPartition.LedgerPrefix}' and RowKey lt 'l}}'";
        var result = new List<LedgerEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            result.Add(new LedgerEntry(
                userId,
                new Posting(
                    e.GetString("Currency") ?? "",
                    decimal.Parse(e.GetString("Amount") ?? "0", CultureInfo.InvariantCulture),
                    e.GetString("Key") ?? e.RowKey[UserPartition.LedgerPrefix.Length..],
                    e.GetString("Reason") ?? ""),
                decimal.Parse(e.GetString("BalanceAfter") ?? "0", CultureInfo.InvariantCulture),
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }

        return result;
    }

    private static TableEntity ToEntity(LedgerEntry l) =>
        new(UserPartition.PartitionKey(l.UserId), UserPartition.LedgerKey(l.Posting.Key))
        {
            ["Currency"] = l.Posting.Currency,
            ["Amount"] = l.Posting.Amount.ToString(CultureInfo.InvariantCulture),
            ["Key"] = l.Posting.Key,
            ["Reason"] = l.Posting.Reason,
            ["BalanceAfter"] = l.BalanceAfter.ToString(CultureInfo.InvariantCulture),
            ["At"] = l.At,
        };
}
