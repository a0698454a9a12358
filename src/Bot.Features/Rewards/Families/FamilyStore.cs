using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Records;
using Bot.Engine.Storage;

namespace Bot.Features.Rewards.Families;

/// <summary>Reads families for the /family card and the admin export (changes go through <see cref="FamilyEffect"/>).</summary>
public sealed class FamilyStore(BotStorage storage, SharedRecords records)
{
    public Task<Family?> GetAsync(string familyId, CancellationToken ct) =>
        records.GetAsync<Family>(RewardsTables.Families, familyId, RewardsTables.FamilyRow, ct);

    public async IAsyncEnumerable<Family> AllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RewardsTables.FamilyRow}");
        await foreach (var row in storage.Table(RewardsTables.Families).QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (row.GetString("Json") is { } json && JsonSerializer.Deserialize<Family>(json, EngineJson.Options) is { } family)
            {
                yield return family;
            }
        }
    }
}
