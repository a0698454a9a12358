using System.Globalization;
using Azure.Data.Tables;
using Bot.Engine.Storage;

namespace Bot.Features.Rewards.Shop;

/// <summary>The orders table: one row per paid order, partition = the UTC day it was created, so a date
/// range is one partition-range query.</summary>
public sealed class OrderStore(BotStorage storage)
{
    public const string DayFormat = "yyyy-MM-dd";

    private TableClient Table => storage.Table(ShopTables.Orders);

    /// <summary>Writes the order (a retry writes the same row again).</summary>
    public Task SaveAsync(ShopOrder order, CancellationToken ct)
    {
        var d = order.Draft;
        var entity = new TableEntity(Day(order.CreatedAt), d.OrderId)
        {
            ["UserId"] = d.UserId,
            ["ProductCode"] = d.ProductCode,
            ["Title"] = d.Title,
            ["PricePoints"] = d.PricePoints,
            ["PvzId"] = d.PickupId,
            ["PvzAddress"] = d.PickupAddress,
            ["FirstName"] = d.FirstName,
            ["LastName"] = d.LastName,
            ["Phone"] = d.Phone,
            ["Email"] = d.Email,
            ["ConfirmedAt"] = d.ConfirmedAt,
            ["CreatedAt"] = order.CreatedAt,
        };
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>Orders created from <paramref name="from"/> to <paramref name="to"/> (UTC days, both included),
    /// oldest first.</summary>
    public async Task<IReadOnlyList<ShopOrder>> RangeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var low = from.ToString(DayFormat, CultureInfo.InvariantCulture);
        var high = to.ToString(DayFormat, CultureInfo.InvariantCulture);
        var orders = new List<ShopOrder>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {low} and PartitionKey le {high}"), cancellationToken: ct))
        {
            orders.Add(new ShopOrder(
                new OrderDraft(
                    e.RowKey,
                    e.GetInt64("UserId") ?? 0,
                    e.GetString("ProductCode") ?? "",
                    e.GetString("Title") ?? "",
                    e.GetInt64("PricePoints") ?? 0,
                    e.GetString("PvzId") ?? "",
                    e.GetString("PvzAddress") ?? "",
                    e.GetString("FirstName") ?? "",
                    e.GetString("LastName") ?? "",
                    e.GetString("Phone") ?? "",
                    e.GetString("Email") ?? "",
                    e.GetDateTimeOffset("ConfirmedAt") ?? default),
                e.GetDateTimeOffset("CreatedAt") ?? default));
        }

        return orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Draft.OrderId, StringComparer.Ordinal).ToList();
    }

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture);
}
