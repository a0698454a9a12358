using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;

namespace Bot.Features.Helpdesk.Orders;

/// <summary>/my_orders, /free_orders, /free_contractors: reads the index (never all orders) and answers with
/// <see cref="HelpdeskCommands.ListResult"/>.</summary>
public sealed class ListOrdersEffect(OrderIndex index, PeopleStore people, IInboxPublisher inbox) : LookupEffect<ListRequest, ListResult>(inbox)
{
    public override string Name => HelpdeskEffects.List;

    public override string ResultCommand => HelpdeskCommands.ListResult;

    protected override async Task<ListResult> LookupAsync(ListRequest query, CancellationToken ct)
    {
        switch (query.Kind)
        {
            case ListRequest.Free:
                var open = await index.ListAsync(OrderIndex.OpenPartition, ct);
                return new ListResult(query.Kind, open.Where(o => o.Status == OrderStatus.Created).OrderBy(o => o.CreatedAt).ToArray(), []);
            case ListRequest.Contractors:
                var busy = (await index.ListAsync(OrderIndex.OpenPartition, ct))
                    .Where(o => o.Status == OrderStatus.Taken && o.ContractorId is not null).Select(o => o.ContractorId!.Value).ToHashSet();
                var free = (await people.WithRoleAsync(Roles.Contractor, ct)).Where(p => !busy.Contains(p.UserId)).OrderBy(p => p.Name).ToArray();
                return new ListResult(query.Kind, [], free);
            default:
                var mine = await index.ListAsync(OrderIndex.ClientPartition(query.UserId), ct);
                var work = await index.ListAsync(OrderIndex.ContractorPartition(query.UserId), ct);
                return new ListResult(ListRequest.My, mine.Concat(work).DistinctBy(o => o.OrderId).OrderByDescending(o => o.CreatedAt).Take(40).ToArray(), []);
        }
    }
}
