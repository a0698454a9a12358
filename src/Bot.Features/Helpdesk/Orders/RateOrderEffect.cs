using Bot.Engine.Effects;
using Bot.Engine.Records;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>The client's 1–5 rating of a done order; the first one stays.</summary>
public sealed class RateOrderEffect(OrderRecords orders, SharedRecords records) : IEffectHandler
{
    public string Name => HelpdeskEffects.Rate;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var action = context.PayloadAs<OrderAction>();
        var outcome = await orders.ChangeAsync<OrderNotice?>(action.OrderId, context.Key, order => Decide(order, context.UserId, action.Rating), ct);
        if (outcome.Outcome is { } notice)
        {
            await records.NotifyAsync(context.UserId, HelpdeskCommands.Rated, context.Key, notice, ct);
        }
    }

    /// <summary>The order's client rates a done order 1–5 once: a later rating, someone else's, a rating out of range or
    /// of an order not done is kept out (the notice says not ok).</summary>
    public static Change<Order, OrderNotice?> Decide(Order? order, long userId, int? rating) => order switch
    {
        null => Change<Order, OrderNotice?>.Keep(null),
        { Status: OrderStatus.Done, Rating: null } when order.ClientId == userId && rating is >= 1 and <= 5 =>
            Change<Order, OrderNotice?>.Write(order with { Rating = rating }, new OrderNotice(order with { Rating = rating }, true)),
        _ => Change<Order, OrderNotice?>.Keep(new OrderNotice(order, false)),
    };
}
