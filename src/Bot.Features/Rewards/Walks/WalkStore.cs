using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;

namespace Bot.Features.Rewards.Walks;

/// <summary>The finished walks table: partition = the finish's UTC day (<c>yyyyMMdd</c>), row = the walk id;
/// written by <see cref="WalkLogEffect"/> with an upsert (a redelivered effect writes the same row).</summary>
public sealed class WalkStore(BotStorage storage)
{
    private const string JsonProperty = "Json";

    public Task SaveAsync(WalkRecord walk, CancellationToken ct) =>
        storage.Table(RewardsTables.Walks).UpsertEntityAsync(
            new TableEntity(Day(walk.FinishedAt), walk.WalkId) { [JsonProperty] = JsonSerializer.Serialize(walk, EngineJson.Options) },
            TableUpdateMode.Replace, ct);

    /// <summary>The walks finished on the UTC days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public async IAsyncEnumerable<WalkRecord> QueryAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        var low = from.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var high = to.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {low} and PartitionKey le {high}");
        await foreach (var row in storage.Table(RewardsTables.Walks).QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (row.GetString(JsonProperty) is { } json && JsonSerializer.Deserialize<WalkRecord>(json, EngineJson.Options) is { } walk)
            {
                yield return walk;
            }
        }
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
