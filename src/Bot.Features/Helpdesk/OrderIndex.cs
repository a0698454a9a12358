using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Records;
using Bot.Engine.Storage;

namespace Bot.Features.Helpdesk;

/// <summary>Copies of each order's latest state, by the ways the flow reads them: <c>open</c> (not done: what the
/// SlaEscalation timer and /free_orders read, so their cost follows the open orders, not all orders ever),
/// <c>c-{clientId}</c>, <c>k-{contractorId}</c>, and <c>d-{yyyyMM}</c> (by creation month, for exports and
/// reports). Written after every change of the order record, from the record (an effect that is run again
/// writes the same rows).</summary>
public sealed class OrderIndex(BotStorage storage, SharedRecords records)
{
    public const string OpenPartition = "open";
    private const string JsonProperty = "Json";

    public static string ClientPartition(long clientId) => "c-" + clientId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ContractorPartition(long contractorId) => "k-" + contractorId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string MonthPartition(DateTimeOffset createdAt) => "d-" + createdAt.UtcDateTime.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the record and writes its index rows; answers the record (null when absent).</summary>
    public async Task<Order?> RefreshAsync(string orderId, CancellationToken ct)
    {
        var order = await records.GetAsync<Order>(HelpdeskTables.Orders, HelpdeskTables.OrdersPartition, orderId, ct);
        if (order is not null)
        {
            await SaveAsync(order, ct);
        }

        return order;
    }

    public async Task SaveAsync(Order order, CancellationToken ct)
    {
        var table = storage.Table(HelpdeskTables.Index);
        var json = JsonSerializer.Serialize(order, EngineJson.Options);
        await table.UpsertEntityAsync(Row(ClientPartition(order.ClientId), order.OrderId, json), TableUpdateMode.Replace, ct);
        await table.UpsertEntityAsync(Row(MonthPartition(order.CreatedAt), order.OrderId, json), TableUpdateMode.Replace, ct);
        if (order.ContractorId is { } contractor)
        {
            await table.UpsertEntityAsync(Row(ContractorPartition(contractor), order.OrderId, json), TableUpdateMode.Replace, ct);
        }

        if (OrderStatus.IsOpen(order.Status))
        {
            await table.UpsertEntityAsync(Row(OpenPartition, order.OrderId, json), TableUpdateMode.Replace, ct);
        }
        else
        {
            try
            {
                await table.DeleteEntityAsync(OpenPartition, order.OrderId, cancellationToken: ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already out of the open index.
            }
        }
    }

    /// <summary>The orders of one index partition.</summary>
    public async Task<IReadOnlyList<Order>> ListAsync(string partition, CancellationToken ct)
    {
        var orders = new List<Order>();
        await foreach (var entity in storage.Table(HelpdeskTables.Index).QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            if (entity.GetString(JsonProperty) is { } json && JsonSerializer.Deserialize<Order>(json, EngineJson.Options) is { } order)
            {
                orders.Add(order);
            }
        }

        return orders;
    }

    /// <summary>Orders created between two instants (by month partitions, then filtered).</summary>
    public async Task<IReadOnlyList<Order>> CreatedBetweenAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken ct)
    {
        var orders = new List<Order>();
        var utc = from.ToUniversalTime();
        for (var month = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero); month < toExclusive; month = month.AddMonths(1))
        {
            orders.AddRange((await ListAsync(MonthPartition(month), ct)).Where(o => o.CreatedAt >= from && o.CreatedAt < toExclusive));
        }

        return orders.OrderBy(o => o.CreatedAt).ToArray();
    }

    private static TableEntity Row(string partition, string orderId, string json) => new(partition, orderId) { [JsonProperty] = json };
}
