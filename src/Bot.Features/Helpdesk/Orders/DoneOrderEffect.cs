using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Records;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>«Готово»: the contractor who has the order in work completes it; the order leaves the open index
/// and the client is asked for a rating.</summary>
public sealed class DoneOrderEffect(OrderRecords orders, IInboxPublisher inbox, SharedRecords records, TimeProvider clock) : IEffectHandler
{
    public string Name => HelpdeskEffects.Done;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var action = context.PayloadAs<OrderAction>();
        var contractor = context.UserId;
        var now = clock.GetUtcNow();
        var outcome = await orders.ChangeAsync<OrderNotice?>(action.OrderId, context.Key, order => order switch
        {
            null => Change<Order, OrderNotice?>.Keep(null),
            { Status: OrderStatus.Taken } when order.ContractorId == contractor =>
                Change<Order, OrderNotice?>.Write(order with { Status = OrderStatus.Done, DoneAt = now }, new OrderNotice(order with { Status = OrderStatus.Done, DoneAt = now }, true, action.MessageId)),
            _ => Change<Order, OrderNotice?>.Keep(new OrderNotice(order, false, action.MessageId)),
        }, ct);
        if (outcome.Outcome is not { } notice)
        {
            return;
        }

        await records.NotifyAsync(contractor, HelpdeskCommands.DoneResult, context.Key, notice, ct);
        if (notice.Ok)
        {
            await inbox.PublishCommandAsync(notice.Order.ClientId,
                InternalCommand.Create(HelpdeskCommands.ClientDone, $"done:{notice.Order.OrderId}", notice with { MessageId = null }), ct);
        }
    }
}
