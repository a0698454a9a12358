using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;

namespace Bot.Features.Coaching;

/// <summary>The flow's table <c>coaching</c>: partition <c>participants</c> holds one row per participant
/// (the index the trainers' list reads with one partition query), partition <c>answers-{userId}</c> one
/// row per answer (<c>{day:D4}-{seq:D12}</c>).</summary>
public sealed class ParticipantStore(BotStorage storage)
{
    public const string TableName = "coaching";
    public const string IndexPartition = "participants";
    private const string Json = "Json";
    private const string SeqColumn = "Seq";

    private TableClient Table => storage.Table(TableName);

    public static string AnswersPartition(long userId) => string.Create(CultureInfo.InvariantCulture, $"answers-{userId}");

    /// <summary>Writes the index row unless a newer one (higher sequence) is already there, then the answer.</summary>
    public async Task WriteAsync(ParticipantUpdate update, CancellationToken ct)
    {
        var p = update.Participant;
        var rowKey = p.UserId.ToString(CultureInfo.InvariantCulture);
        var entity = new TableEntity(IndexPartition, rowKey)
        {
            [Json] = JsonSerializer.Serialize(p, EngineJson.Options),
            [SeqColumn] = p.Seq,
        };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await Table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, rowKey, cancellationToken: ct);
            try
            {
                if (!existing.HasValue)
                {
                    await Table.AddEntityAsync(entity, ct);
                }
                else if ((existing.Value!.GetInt64(SeqColumn) ?? -1) <= p.Seq)
                {
                    await Table.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, ct);
                }

                break;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another run wrote meanwhile: read again and compare sequences again.
            }
        }

        if (update.Answer is { } a)
        {
            var answer = new TableEntity(AnswersPartition(p.UserId), string.Create(CultureInfo.InvariantCulture, $"{a.Day:D4}-{a.Seq:D12}"))
            {
                [Json] = JsonSerializer.Serialize(a, EngineJson.Options),
            };
            await Table.UpsertEntityAsync(answer, TableUpdateMode.Replace, ct);
        }
    }

    public async Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken ct)
    {
        var list = new List<ParticipantRecord>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == IndexPartition, cancellationToken: ct))
        {
            if (Read<ParticipantRecord>(row) is { } p)
            {
                list.Add(p);
            }
        }

        list.Sort((a, b) => a.UserId.CompareTo(b.UserId));
        return list;
    }

    public async Task<ParticipantRecord?> GetAsync(long userId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, userId.ToString(CultureInfo.InvariantCulture), cancellationToken: ct);
        return row.HasValue ? Read<ParticipantRecord>(row.Value!) : null;
    }

    /// <summary>The participant's answers, oldest first.</summary>
    public async Task<IReadOnlyList<ParticipantAnswer>> AnswersAsync(long userId, CancellationToken ct)
    {
        var partition = AnswersPartition(userId);
        var list = new List<ParticipantAnswer>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            if (Read<ParticipantAnswer>(row) is { } a)
            {
                list.Add(a);
            }
        }

        return list.OrderBy(a => a.At).ThenBy(a => a.Seq).ToList();
    }

    private static T? Read<T>(TableEntity row) => JsonSerializer.Deserialize<T>(row.GetString(Json) ?? "null", EngineJson.Options);
}
