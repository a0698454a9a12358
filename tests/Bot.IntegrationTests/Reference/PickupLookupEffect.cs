using Azure.Data.Tables;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Storage;

namespace Bot.IntegrationTests.Reference;

/// <summary>Reads one city's pickup points (a partition of a large table) after the commit.</summary>
public sealed class PickupLookupEffect(IInboxPublisher inbox, BotStorage storage) : LookupEffect<PickupQuery, PickupPoints>(inbox)
{
    public const string EffectName = "pickup.lookup";
    public const string Found = "pickup.found";
    public const string Table = "pickuppoints";

    public override string Name => EffectName;

    public override string ResultCommand => Found;

    protected override async Task<PickupPoints> LookupAsync(PickupQuery query, CancellationToken ct)
    {
        var names = new List<string>();
        await foreach (var row in storage.Table(Table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {query.City}"), cancellationToken: ct))
        {
            names.Add(row.GetString("Name") ?? row.RowKey);
        }

        return new PickupPoints(names);
    }
}
