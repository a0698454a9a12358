using Bot.Engine.Effects;
using Bot.Engine.Records;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Rewards.Shop;

/// <summary>Gives back the unit an order reserved when its points could not be debited (the balance fell
/// meanwhile). Once per effect key, like the reservation.</summary>
public sealed class ReleaseEffect(SharedRecords records, ProductStore products, ILogger<ReleaseEffect> log) : IEffectHandler
{
    public string Name => ShopEffects.Release;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var order = context.PayloadAs<OrderDraft>();
        var result = await records.ChangeAsync<Product, bool>(ShopTables.Shop, ShopTables.ProductPartition, order.ProductCode, context.Key,
            product => product is null
                ? Change<Product, bool>.Keep(false)
                : Change<Product, bool>.Write(product with { Stock = product.Stock + 1 }, true), ct);
        log.LogInformation("Order {OrderId} of {ProductCode} refused after the reservation: unit given back {Released}",
            order.OrderId, order.ProductCode, result.Outcome);
        if (result.Outcome && !result.Repeated)
        {
            await products.RefreshCatalogAsync(ct);
        }
    }
}
