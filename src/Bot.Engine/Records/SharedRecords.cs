using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Inbox;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Records;

/// <summary>Changes records that several users touch (stock, promo-code uses, orders) from effects, with one
/// winner: read, decide, write with If-Match, and on 412/409 read again and decide again. The decision is
/// kept as a claim row <c>claim|{effectKey}</c> written in the same transaction as the record, so a
/// redelivered effect gets the first decision back instead of deciding twice. Records are JSON in the
/// <c>Json</c> property (at most <see cref="MaxJsonChars"/> characters).</summary>
public sealed class SharedRecords(BotStorage storage, IInboxPublisher inbox, ILogger<SharedRecords> log)
{
    public const int MaxAttempts = 50;
    public const int MaxJsonChars = 32 * 1024;
    public const string ClaimPrefix = "claim|";
    private const string JsonProperty = "Json";
    private const string OutcomeProperty = "Outcome";

    /// <summary>Reads a record (null when absent).</summary>
    public async Task<TRecord?> GetAsync<TRecord>(string table, string partition, string row, CancellationToken ct)
        where TRecord : class
    {
        var response = await storage.Table(table).GetEntityIfExistsAsync<TableEntity>(partition, row, [JsonProperty], ct);
        return response.HasValue ? Read<TRecord>(response.Value!.GetString(JsonProperty)) : null;
    }

    /// <summary>Every record of a partition (claim rows left out), by row key: a small partition such as a
    /// shop's products. One query per 1000 rows.</summary>
    public async Task<IReadOnlyList<(string Row, TRecord Record)>> ListAsync<TRecord>(string table, string partition, CancellationToken ct)
        where TRecord : class
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var records = new List<(string, TRecord)>();
        await foreach (var entity in storage.Table(table).QueryAsync<TableEntity>(filter, select: ["RowKey", JsonProperty], cancellationToken: ct))
        {
            if (!entity.RowKey.StartsWith(ClaimPrefix, StringComparison.Ordinal) && Read<TRecord>(entity.GetString(JsonProperty)) is { } record)
            {
                records.Add((entity.RowKey, record));
            }
        }

        return records;
    }

    /// <summary>Decides on the record (null when absent) and writes the decision, once per
    /// <paramref name="effectKey"/> (use <see cref="Effects.EffectContext.Key"/>). <paramref name="decide"/> can
    /// run several times (once per conflict) and must be a pure function of the record.</summary>
    public async Task<SharedOutcome<TOutcome>> ChangeAsync<TRecord, TOutcome>(
        string table, string partition, string row, string effectKey,
        Func<TRecord?, Change<TRecord, TOutcome>> decide, CancellationToken ct)
        where TRecord : class
    {
        if (row.StartsWith(ClaimPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A record's row key cannot start with '{ClaimPrefix}'.", nameof(row));
        }

        var client = storage.Table(table);
        var claimKey = ClaimPrefix + effectKey;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {row} or RowKey eq {claimKey})");
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            TableEntity? record = null;
            TableEntity? claim = null;
            await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                if (entity.RowKey == claimKey)
                {
                    claim = entity;
                }
                else
                {
                    record = entity;
                }
            }

            if (claim is not null)
            {
                log.LogInformation("Shared record {Table}/{Partition}/{Row}: {EffectKey} was decided before", table, partition, row, effectKey);
                return new SharedOutcome<TOutcome>(Read<TOutcome>(claim.GetString(OutcomeProperty))!, Repeated: true);
            }

            var change = decide(record is null ? null : Read<TRecord>(record.GetString(JsonProperty)));
            var actions = new List<TableTransactionAction>(2)
            {
                new(TableTransactionActionType.Add, new TableEntity(partition, claimKey) { [OutcomeProperty] = Write(change.Outcome) }),
            };
            if (change.Writes)
            {
                var written = new TableEntity(partition, row) { [JsonProperty] = Write(change.Record) };
                actions.Add(record is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, written)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, written, record.ETag));
            }

            try
            {
                await client.SubmitTransactionAsync(actions, ct);
                return new SharedOutcome<TOutcome>(change.Outcome, Repeated: false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone changed or created the record, or this key's claim landed meanwhile: read again.
                log.LogDebug("Shared record {Table}/{Partition}/{Row} changed meanwhile; attempt {Attempt} decides again", table, partition, row, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 20))), ct);
            }
        }

        throw new InvalidOperationException(
            $"Shared record {table}/{partition}/{row} kept changing for {MaxAttempts} attempts; the effect will be retried.");
    }

    /// <summary>Sends an outcome to a user as the internal command <paramref name="command"/>, keyed by the effect
    /// key and the recipient, so that a redelivered effect's second notice is skipped by the user's processor.</summary>
    public Task NotifyAsync<TOutcome>(long userId, string command, string effectKey, TOutcome outcome, CancellationToken ct) =>
        inbox.PublishCommandAsync(userId, InternalCommand.Create(command, OutcomeKey(effectKey, command, userId), outcome), ct);

    /// <summary>The idempotency key of an outcome command.</summary>
    public static string OutcomeKey(string effectKey, string command, long userId) => $"{effectKey}|{command}|{userId}";

    private static string Write<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, EngineJson.Options);
        return json.Length <= MaxJsonChars
            ? json
            : throw new ArgumentException($"A shared record or outcome of {json.Length} characters is over {MaxJsonChars}.", nameof(value));
    }

    private static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, EngineJson.Options);
}
