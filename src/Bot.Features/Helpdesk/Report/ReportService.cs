using Bot.Engine.Reference;

namespace Bot.Features.Helpdesk.Report;

/// <summary>Builds a period's report from the orders index (the months the period covers), the people and the
/// reference data.</summary>
public sealed class ReportService(OrderIndex index, PeopleStore people, ReferenceData reference, CompanyClock company, TimeProvider clock)
{
    /// <summary>The report of the UTC dates <paramref name="from"/>..<paramref name="to"/> (both included); without
    /// them, the current billing period in the company's zone.</summary>
    public async Task<HelpdeskReport> BuildAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var snapshot = await reference.SnapshotAsync(ct);
        var settings = snapshot.Get(HelpdeskReference.Settings);
        var now = clock.GetUtcNow();
        DateTimeOffset start, end;
        if (from is { } f && to is { } t)
        {
            start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        else
        {
            var period = company.PeriodAt(now, settings);
            (from, to) = (period.Start, period.End.AddDays(-1));
            (start, end) = (period.StartsAt(company.Zone), period.EndsAt(company.Zone));
        }

        var orders = await index.CreatedBetweenAsync(start, end, ct);
        return ReportBuilder.Build(from!.Value, to!.Value, orders, await people.ListAsync(ct), snapshot.Get(HelpdeskReference.Tariffs), settings, now);
    }
}
