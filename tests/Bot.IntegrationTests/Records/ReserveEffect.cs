using Bot.Engine.Effects;
using Bot.Engine.Records;

namespace Bot.IntegrationTests.Records;

/// <summary>Takes one item of the shared stock (one winner per item left) and tells the user the outcome.</summary>
public sealed class ReserveEffect(SharedRecords records) : IEffectHandler
{
    public const string EffectName = "shop.reserve";
    public const string Table = "shopstock";
    public const string Partition = "stock";
    public const string Item = "item1";

    public string Name => EffectName;

    public static Change<Stock, Reservation> Decide(Stock? stock) =>
        stock is { Left: > 0 }
            ? Change<Stock, Reservation>.Write(stock with { Left = stock.Left - 1 }, new Reservation(true, stock.Left - 1))
            : Change<Stock, Reservation>.Keep(new Reservation(false, 0));

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<ReserveRequest>();
        var result = await records.ChangeAsync<Stock, Reservation>(Table, Partition, request.Item, context.Key, Decide, ct);
        await records.NotifyAsync(context.UserId, ShopFlow.Reserved, context.Key, result.Outcome, ct);
    }
}
