using Bot.Engine.Effects;
using Bot.Engine.Inbox;

namespace Bot.Features.Helpdesk.Report;

/// <summary>The owner's /report: builds the current period's report and sends its summary back.</summary>
public sealed class ReportEffect(ReportService reports, IInboxPublisher inbox) : LookupEffect<ReportRequest, ReportSummary>(inbox)
{
    public override string Name => HelpdeskEffects.Report;

    public override string ResultCommand => HelpdeskCommands.ReportReady;

    protected override async Task<ReportSummary> LookupAsync(ReportRequest query, CancellationToken ct)
    {
        var report = await reports.BuildAsync(query.From, query.To, ct);
        return new ReportSummary(
            report.From.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            report.To.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            report.Created, report.Done, report.Created - report.Done, report.Breaches.Count, report.Payout);
    }
}
