namespace Bot.Features.Helpdesk.Report;

/// <summary>Computes the report from the orders created in the period (a pure function: tests check its numbers
/// against the orders they made).</summary>
public static class ReportBuilder
{
    public static HelpdeskReport Build(
        DateOnly from, DateOnly to, IReadOnlyList<Order> orders, IReadOnlyList<HelpdeskPerson> people,
        HelpdeskTariffs tariffs, HelpdeskSettings settings, DateTimeOffset now)
    {
        var names = people.ToDictionary(p => p.UserId, p => p.Name);
        var clientIds = people.Where(p => p.Has(Engine.Routing.Roles.Client)).Select(p => p.UserId)
            .Concat(orders.Select(o => o.ClientId)).Distinct().Order();
        var clients = clientIds.Select(id =>
        {
            var mine = orders.Where(o => o.ClientId == id).ToArray();
            var tariffId = people.FirstOrDefault(p => p.UserId == id)?.TariffId ?? mine.LastOrDefault()?.TariffId;
            var limit = tariffs.Find(tariffId)?.OrdersPerPeriod ?? 0;
            // The name on the orders is the one the user had then; the people table's is from when the role was given.
            return new ClientLine(id, mine.LastOrDefault()?.ClientName ?? names.GetValueOrDefault(id) ?? "", tariffId,
                mine.Length, mine.Count(o => o.Status == OrderStatus.Done), Math.Max(0, limit - mine.Length));
        }).ToArray();

        var contractorIds = people.Where(p => p.Has(Engine.Routing.Roles.Contractor)).Select(p => p.UserId)
            .Concat(orders.Where(o => o.ContractorId is not null).Select(o => o.ContractorId!.Value)).Distinct().Order();
        var contractors = contractorIds.Select(id =>
        {
            var taken = orders.Where(o => o.ContractorId == id && o.TakenAt is not null).ToArray();
            var done = taken.Where(o => o.Status == OrderStatus.Done && o.DoneAt is not null).ToArray();
            return new ContractorLine(id, taken.LastOrDefault()?.ContractorName ?? names.GetValueOrDefault(id) ?? "",
                taken.Length, done.Length, settings.OrderRate * (decimal)done.Length,
                Average(taken.Select(o => (o.TakenAt!.Value - o.CreatedAt).TotalMinutes)),
                Average(done.Select(o => (o.DoneAt!.Value - o.TakenAt!.Value).TotalMinutes)));
        }).ToArray();

        var breaches = new List<Breach>();
        foreach (var order in orders.Where(o => o.Status != OrderStatus.Cancelled))
        {
            var takenAt = order.TakenAt ?? now;
            if (takenAt > order.ReactionDeadline)
            {
                breaches.Add(new Breach(order.OrderId, "take", (int)Math.Ceiling((takenAt - order.ReactionDeadline).TotalMinutes)));
            }

            if (order.ResolutionDeadline is { } due && (order.DoneAt ?? now) > due)
            {
                breaches.Add(new Breach(order.OrderId, "finish", (int)Math.Ceiling(((order.DoneAt ?? now) - due).TotalMinutes)));
            }
        }

        return new HelpdeskReport(from, to, clients, contractors, breaches);
    }

    private static double? Average(IEnumerable<double> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? null : Math.Round(list.Average(), 1);
    }
}
