using Bot.Engine.Effects;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Rewards.Shop;

/// <summary>Writes a paid order to the orders table, after the commit that debited its points.</summary>
public sealed class StoreOrderEffect(OrderStore orders, ILogger<StoreOrderEffect> log) : IEffectHandler
{
    public string Name => ShopEffects.StoreOrder;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var order = context.PayloadAs<ShopOrder>();
        await orders.SaveAsync(order, ct);
        log.LogInformation("Order {OrderId} of {ProductCode} for user {UserId} stored", order.Draft.OrderId, order.Draft.ProductCode, order.Draft.UserId);
    }
}
