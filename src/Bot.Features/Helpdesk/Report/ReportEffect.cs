using System.Globalization;
using Bot.Engine.Effects;
using Bot.Engine.Files;
using Bot.Engine.Inbox;

namespace Bot.Features.Helpdesk.Report;

/// <summary>The owner's /report: builds the current period's report, draws its chart and saves the PNG with the
/// engine's <see cref="FileStore"/> (a content-hash name, so a run again writes the same blob), then sends the summary
/// and the blob's name back; the handler sends the chart as <c>OutboxItem.PhotoUpload</c> with the summary as caption.</summary>
public sealed class ReportEffect(ReportService reports, FileStore files, IInboxPublisher inbox) : LookupEffect<ReportRequest, ReportSummary>(inbox)
{
    public const string ContentType = "image/png";

    public override string Name => HelpdeskEffects.Report;

    public override string ResultCommand => HelpdeskCommands.ReportReady;

    protected override async Task<ReportSummary> LookupAsync(ReportRequest query, CancellationToken ct)
    {
        var report = await reports.BuildAsync(query.From, query.To, ct);
        var from = report.From.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var to = report.To.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var chart = await files.SaveAsync(ReportChart.Png(report, ReportChart.Title(report)), ContentType, ct);
        return new ReportSummary(from, to, report.Created, report.Done, report.Created - report.Done, report.Breaches.Count, report.Payout, chart);
    }
}
