using System.Globalization;
using Bot.Engine.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Admin;

/// <summary><c>GET /api/admin/logs?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;format=csv|jsonl</c>: the audit log
/// (payments, balance changes, blocks, errors) for whole UTC days, oldest first; <c>&amp;kind=balance,block</c>
/// keeps only those kinds.</summary>
public sealed class AdminLogsEndpoints(AuditLog audit, ILogger<AdminLogsEndpoints> log)
{
    public const int MaxDays = 366;

    public async Task<IActionResult> ExportAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("" or "jsonl" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or jsonl");
        }

        if (!TryDate(request.Query["from"].ToString(), out var from) || !TryDate(request.Query["to"].ToString(), out var to))
        {
            return AdminResults.BadRequest("from and to are required dates, YYYY-MM-DD");
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
