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
        var outcome = await orders.ChangeAsync<OrderNotice?>(action.OrderId, context.Key, order => order switch
        {
            null => Change<Order, OrderNotice?>.Keep(null),
            { Status: OrderStatus.Done, Rating: null } when order.ClientId == context.UserId && action.Rating is >= 1 and <= 5 =>
                Change<Order, OrderNotice?>.Write(order with { Rating = action.Rating }, new OrderNotice(order with { Rating = action.Rating }, true)),
            _ => Change<Order, OrderNotice?>.Keep(new OrderNotice(order, false)),
        }, ct);
        if (outcome.Outcome is { } notice)
        {
            await records.NotifyAsync(context.UserId, HelpdeskCommands.Rated, context.Key, notice, ct);
        }
    }
}
