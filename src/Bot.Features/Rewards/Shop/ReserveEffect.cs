using Bot.Engine.Effects;
using Bot.Engine.Records;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Rewards.Shop;

/// <summary>Takes one unit of the product's stock for the order, with one winner however many confirm at
/// once (<see cref="SharedRecords"/>: If-Match, a claim row per effect key, so a redelivery gets the first
/// decision). The outcome goes back to the buyer as <see cref="ShopCommands.Reserved"/>, whose handler
/// debits the points or gives the unit back.</summary>
public sealed class ReserveEffect(SharedRecords records, ProductStore products, ILogger<ReserveEffect> log) : IEffectHandler
{
    public string Name => ShopEffects.Reserve;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var order = context.PayloadAs<OrderDraft>();
        var result = await records.ChangeAsync<Product, Reservation>(ShopTables.Shop, ShopTables.ProductPartition, order.ProductCode, context.Key,
            product => Decide(product, order), ct);
        log.LogInformation("Order {OrderId} of {ProductCode}: reserved {Won}, {Left} left (repeated {Repeated})",
            order.OrderId, order.ProductCode, result.Outcome.Won, result.Outcome.StockLeft, result.Repeated);
        if (result.Outcome.Won && !result.Repeated)
        {
            await products.RefreshCatalogAsync(ct);
        }

        await records.NotifyAsync(context.UserId, ShopCommands.Reserved, context.Key, result.Outcome, ct);
    }

    public static Change<Product, Reservation> Decide(Product? product, OrderDraft order) => product switch
    {
        null => Change<Product, Reservation>.Keep(new Reservation(order, Won: false, StockLeft: 0, ProductGone: true)),
        { Stock: > 0 } => Change<Product, Reservation>.Write(product with { Stock = product.Stock - 1 }, new Reservation(order, Won: true, product.Stock - 1)),
        _ => Change<Product, Reservation>.Keep(new Reservation(order, Won: false, StockLeft: 0)),
    };
}
