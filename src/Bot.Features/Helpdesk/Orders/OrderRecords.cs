using Bot.Engine.Records;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>Changes an order record once per effect key (SharedRecords) and then writes the order's index rows.</summary>
public sealed class OrderRecords(SharedRecords records, OrderIndex index)
{
    public async Task<SharedOutcome<TOutcome>> ChangeAsync<TOutcome>(
        string orderId, string effectKey, Func<Order?, Change<Order, TOutcome>> decide, CancellationToken ct)
    {
        var outcome = await records.ChangeAsync(HelpdeskTables.Orders, HelpdeskTables.OrdersPartition, orderId, effectKey, decide, ct);
        await index.RefreshAsync(orderId, ct);
        return outcome;
    }

    public Task<Order?> GetAsync(string orderId, CancellationToken ct) =>
        records.GetAsync<Order>(HelpdeskTables.Orders, HelpdeskTables.OrdersPartition, orderId, ct);
}
