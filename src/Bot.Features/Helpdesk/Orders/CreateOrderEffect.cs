using Bot.Engine.Effects;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Records;
using Bot.Engine.Routing;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>Stores a new order (once, whatever the redeliveries) and tells the contractors through a fan-out:
/// the client's assigned contractors when the tariff says so (the SlaEscalation timer widens to everyone
/// later), otherwise every contractor at once.</summary>
public sealed class CreateOrderEffect(OrderRecords orders, PeopleStore people, FanOut fanOut) : IEffectHandler
{
    public string Name => HelpdeskEffects.Create;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var order = context.PayloadAs<Order>();
        await orders.ChangeAsync<bool>(order.OrderId, context.Key,
            existing => existing is null ? Change<Order, bool>.Write(order, true) : Change<Order, bool>.Keep(false), ct);
        var stored = await orders.GetAsync(order.OrderId, ct) ?? order;
        var contractors = (await people.WithRoleAsync(Roles.Contractor, ct)).Select(p => p.UserId).ToArray();
        if (stored.AssignedFirst)
        {
            await OfferAsync(fanOut, stored, FirstWaveId(stored.OrderId), contractors.Where(stored.AssignedContractors.Contains), ct);
        }
        else
        {
            await OfferAsync(fanOut, stored, EveryoneId(stored.OrderId), contractors, ct);
        }
    }

    /// <summary>The fan-out of the assigned contractors' notices.</summary>
    public static string FirstWaveId(string orderId) => $"hd-{orderId}-a";

    /// <summary>The fan-out of every (other) contractor's notice.</summary>
    public static string EveryoneId(string orderId) => $"hd-{orderId}-all";

    public static Task OfferAsync(FanOut fanOut, Order order, string fanOutId, IEnumerable<long> recipients, CancellationToken ct) =>
        fanOut.StartAsync(fanOutId, recipients.Distinct().ToArray(), HelpdeskCommands.Offer, order, ct);
}
