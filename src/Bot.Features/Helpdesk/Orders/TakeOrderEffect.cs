using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Records;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>«Взять»: exactly one contractor wins a created order (conditional write on the record). The winner's
/// notice turns into the order with «Готово», every other copy says who took it, the client is told, and a loser
/// gets a chat message.</summary>
public sealed class TakeOrderEffect(OrderRecords orders, IInboxPublisher inbox, SharedRecords records, TimeProvider clock) : IEffectHandler
{
    public string Name => HelpdeskEffects.Take;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var action = context.PayloadAs<OrderAction>();
        var contractor = context.UserId;
        var now = clock.GetUtcNow();
        var outcome = await orders.ChangeAsync<OrderNotice?>(action.OrderId, context.Key, order => Decide(order, contractor, action, now), ct);
        if (outcome.Outcome is not { } notice)
        {
            return;
        }

        await records.NotifyAsync(contractor, HelpdeskCommands.TakeResult, context.Key, notice, ct);
        var order = notice.Order;
        if (!notice.Ok || order.ContractorId != contractor)
        {
            return;
        }

        await inbox.PublishCommandAsync(order.ClientId,
            InternalCommand.Create(HelpdeskCommands.ClientTaken, $"taken:{order.OrderId}", notice with { MessageId = null }), ct);
        foreach (var copy in order.Copies.Where(c => !(c.ContractorId == contractor && c.MessageId == action.MessageId)))
        {
            await inbox.PublishCommandAsync(copy.ContractorId, CopySentEffect.CopyTakenCommand(order, copy), ct);
        }
    }

    /// <summary>The first contractor to press takes a created order; anyone later is refused (not ok), except the
    /// winner pressing again (ok, nothing changes).</summary>
    public static Change<Order, OrderNotice?> Decide(Order? order, long contractor, OrderAction action, DateTimeOffset now) => order switch
    {
        null => Change<Order, OrderNotice?>.Keep(null),
        { Status: OrderStatus.Created } => Taken(order with
        {
            Status = OrderStatus.Taken, TakenAt = now, ContractorId = contractor, ContractorName = action.Name,
        }, action.MessageId),
        _ => Change<Order, OrderNotice?>.Keep(new OrderNotice(order, order.ContractorId == contractor && order.Status == OrderStatus.Taken, action.MessageId)),
    };

    private static Change<Order, OrderNotice?> Taken(Order taken, int? messageId) => Change<Order, OrderNotice?>.Write(taken, new OrderNotice(taken, true, messageId));
}
