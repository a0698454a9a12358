using System.Globalization;
using Bot.Engine.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Admin;

/// <summary><c>GET /api/admin/logs?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;format=csv|jsonl</c>: the audit log
/// (payments, balance changes, blocks, text changes, errors) for whole UTC days, oldest first. Without dates:
/// the last <see cref="DefaultDays"/> days up to today; with one of them, that many days from or to it;
/// <c>&amp;kind=balance,block</c> keeps only those kinds.</summary>
public sealed class AdminLogsEndpoints(AuditLog audit, TimeProvider clock, ILogger<AdminLogsEndpoints> log)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 7;

    public async Task<IActionResult> ExportAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("" or "jsonl" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or jsonl");
        }

        var fromText = request.Query["from"].ToString();
        var toText = request.Query["to"].ToString();
        DateOnly from = default, to = default;
        if ((fromText.Length > 0 && !TryDate(fromText, out from)) || (toText.Length > 0 && !TryDate(toText, out to)))
        {
            return AdminResults.BadRequest("from and to are dates, YYYY-MM-DD (both optional: the last 7 days)");
        }

        if (toText.Length == 0)
        {
            to = fromText.Length == 0 ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : from.AddDays(DefaultDays - 1);
        }

        if (fromText.Length == 0)
        {
            from = to.AddDays(-(DefaultDays - 1));
        }

        if (from > to)
        {
            return AdminResults.BadRequest("from must not be after to");
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            return AdminResults.BadRequest($"at most {MaxDays} days at once");
        }

        var kinds = request.Query["kind"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(from, to, ct))
        {
            if (kinds.Count == 0 || kinds.Contains(entry.Kind))
            {
                entries.Add(entry);
            }
        }

        log.LogInformation("Audit export {From}..{To}: {Count} lines", from, to, entries.Count);
        var name = $"audit-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}";
        return format == "csv"
            ? new FileContentResult(AuditExport.ToCsv(entries), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" }
            : new FileContentResult(AuditExport.ToJsonLines(entries), "application/x-ndjson; charset=utf-8") { FileDownloadName = name + ".jsonl" };
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
