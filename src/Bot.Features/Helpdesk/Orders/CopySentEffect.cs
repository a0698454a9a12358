using System.Text.Json;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Records;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>A contractor's copy of the "new order" notice was sent: its message id joins the order record, so
/// the take can edit it. A copy that arrives after the order was taken is edited at once.</summary>
public sealed class CopySentEffect(OrderRecords orders, IInboxPublisher inbox) : IEffectHandler
{
    public string Name => HelpdeskEffects.CopySent;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var sent = context.PayloadAs<MessageSent>();
        var orderId = sent.Payload is { } p ? p.Deserialize<OrderAction>(Engine.EngineJson.Options)?.OrderId : null;
        if (orderId is null)
        {
            return;
        }

        var copy = new OrderCopy(sent.ChatId, sent.MessageId);
        var outcome = await orders.ChangeAsync<Order?>(orderId, context.Key, order => order switch
        {
            null => Change<Order, Order?>.Keep(null),
            _ when order.Copies.Contains(copy) => Change<Order, Order?>.Keep(order),
            _ => Change<Order, Order?>.Write(order with { Copies = [.. order.Copies, copy] }, order with { Copies = [.. order.Copies, copy] }),
        }, ct);
        if (outcome.Outcome is { } after && after.Status != OrderStatus.Created && after.ContractorId != sent.ChatId)
        {
            await inbox.PublishCommandAsync(sent.ChatId, CopyTakenCommand(after, copy), ct);
        }
    }

    /// <summary>"Edit your copy: taken" for one copy; the key is per copy, so every path that sends it sends it once.</summary>
    public static InternalCommand CopyTakenCommand(Order order, OrderCopy copy) =>
        InternalCommand.Create(HelpdeskCommands.CopyTaken, $"copy:{order.OrderId}:{copy.ContractorId}:{copy.MessageId}", new OrderNotice(order, true, copy.MessageId));
}
