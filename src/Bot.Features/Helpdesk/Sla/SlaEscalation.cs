using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Records;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Features.Helpdesk.Orders;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Helpdesk.Sla;

/// <summary>The SlaEscalation timer's work: reads the open-orders index (one partition query: the cost follows
/// the open orders, not all orders ever) and, for each threshold an order has passed and not yet acted on, sets
/// the order's flag with a conditional write keyed <c>sla:{orderId}:{kind}</c> (a claim row: overlapping runs,
/// restarts and redeliveries decide once) and then widens the offer to every contractor or alerts the managers.
/// Notices carry per-recipient keys, so a repeated run cannot tell anyone twice.</summary>
public sealed partial class SlaEscalation(
    OrderIndex index, OrderRecords orders, PeopleStore people, FanOut fanOut, IInboxPublisher inbox,
    ReferenceData reference, TimeProvider clock, ILogger<SlaEscalation> log)
{
    public const string FunctionName = "SlaEscalation";

    /// <summary>One run; answers how many thresholds it acted on.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var settings = (await reference.SnapshotAsync(ct)).Get(HelpdeskReference.Settings);
        var now = clock.GetUtcNow();
        var open = await index.ListAsync(OrderIndex.OpenPartition, ct);
        IReadOnlyList<HelpdeskPerson>? staff = null;
        var acted = 0;
        foreach (var order in open)
        {
            foreach (var kind in Due(order, settings, now))
            {
                staff ??= await people.ListAsync(ct);
                if (await ActAsync(order.OrderId, kind, settings, staff, ct))
                {
                    acted++;
                }
            }
        }

        LogRun(open.Count, acted);
        return acted;
    }

    /// <summary>The thresholds <paramref name="order"/> has passed and not yet acted on (by its index copy).</summary>
    public static IEnumerable<string> Due(Order order, HelpdeskSettings settings, DateTimeOffset now)
    {
        if (order.Status == OrderStatus.Created)
        {
            if (!order.Widened && now >= order.ReactionMark(settings.AssignedContractorsTimeLimit))
            {
                yield return SlaKinds.Widen;
            }

            if (!order.ManagersToldNotTaken && now >= order.ReactionMark(settings.InformManagerCreatedLimit))
            {
                yield return SlaKinds.NotTaken;
            }
        }
        else if (order.Status == OrderStatus.Taken && !order.ManagersToldNotDone && order.ResolutionMark(settings.InformManagerInWorkLimit) is { } mark && now >= mark)
        {
            yield return SlaKinds.NotDone;
        }
    }

    private async Task<bool> ActAsync(string orderId, string kind, HelpdeskSettings settings, IReadOnlyList<HelpdeskPerson> staff, CancellationToken ct)
    {
        var outcome = await orders.ChangeAsync<Order?>(orderId, $"sla:{orderId}:{kind}", order => order switch
        {
            null => Change<Order, Order?>.Keep(null),
            _ when !StillDue(order, kind) => Change<Order, Order?>.Keep(null),
            _ => Change<Order, Order?>.Write(Mark(order, kind), Mark(order, kind)),
        }, ct);
        if (outcome.Outcome is not { } order)
        {
            return false;
        }

        if (kind == SlaKinds.Widen)
        {
            var others = staff.Where(p => p.Has(Roles.Contractor) && !order.AssignedContractors.Contains(p.UserId)).Select(p => p.UserId);
            await CreateOrderEffect.OfferAsync(fanOut, order, CreateOrderEffect.EveryoneId(order.OrderId), others, ct);
        }
        else
        {
            var percent = kind == SlaKinds.NotTaken ? settings.InformManagerCreatedLimit : settings.InformManagerInWorkLimit;
            foreach (var manager in staff.Where(p => p.Has(Roles.Manager)))
            {
                await inbox.PublishCommandAsync(manager.UserId, InternalCommand.Create(
                    HelpdeskCommands.ManagerAlert, $"sla:{order.OrderId}:{kind}:{manager.UserId}", new ManagerAlertNotice(order, kind, percent)), ct);
            }
        }

        return !outcome.Repeated;
    }

    private static bool StillDue(Order order, string kind) => kind switch
    {
        SlaKinds.Widen => order.Status == OrderStatus.Created && !order.Widened,
        SlaKinds.NotTaken => order.Status == OrderStatus.Created && !order.ManagersToldNotTaken,
        _ => order.Status == OrderStatus.Taken && !order.ManagersToldNotDone,
    };

    private static Order Mark(Order order, string kind) => kind switch
    {
        SlaKinds.Widen => order with { Widened = true },
        SlaKinds.NotTaken => order with { ManagersToldNotTaken = true },
        _ => order with { ManagersToldNotDone = true },
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "SlaEscalation: {Open} open orders, {Acted} thresholds acted on")]
    private partial void LogRun(int open, int acted);
}
