using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Features.Admin;
using Bot.Features.Loyalty.YClients;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty.Sync;

/// <summary><c>POST /api/yclients/webhook</c> (function key in <c>?code=</c>): YCLIENTS' record events, one object
/// or an array; each paid record's bonus is recorded at once, exactly as the timer would (the same
/// <see cref="BonusBook"/>, keyed by record id). A body that is not YCLIENTS' events → 400 with the reason and
/// nothing recorded; an event whose record cannot be read is kept (<see cref="UnreadableRecords"/>, source
/// <c>webhook</c>) and the others are recorded; a storage failure → 500, and the BonusSync timer still finds the
/// record later.</summary>
public sealed class YClientsWebhookEndpoint(BonusBook bonuses, UnreadableRecords problems, IOptions<LoyaltyOptions> options, ILogger<YClientsWebhookEndpoint> log)
{
    public const string FunctionName = "YClientsWebhook";
    public const string Route = "api/yclients/webhook";
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IActionResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return AdminResults.BadRequest($"the body is over {MaxBodyBytes} bytes");
        }

        IReadOnlyList<YClientsWebhookEvent> events;
        try
        {
            events = YClientsWebhook.Parse(body);
        }
        catch (YClientsFormatException ex)
        {
            log.LogWarning("YCLIENTS webhook body refused: {Reason}", ex.Message);
            return AdminResults.BadRequest(ex.Message);
        }

        var company = long.TryParse(options.Value.YClients.CompanyId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var paid = new List<PaidVisit>();
        int ignored = 0, unreadable = 0;
        foreach (var e in events)
        {
            if (company != 0 && e.CompanyId != 0 && e.CompanyId != company)
            {
                ignored++;
                continue;
            }

            if (e.Problem is { } problem)
            {
                unreadable++;
                await problems.KeepAsync(problem, "webhook", ct);
                continue;
            }

            if (e.Record is null)
            {
                ignored++;
                continue;
            }

            if (BonusRule.Evaluate(e.Record, options.Value.BonusPercent) is { } visit)
            {
                paid.Add(visit);
            }
        }

        var outcomes = await bonuses.RecordAsync(paid, "webhook", ct);
        var fresh = outcomes.Count(o => o.New);
        log.LogInformation("YCLIENTS webhook: {Events} events, {Paid} paid records, {New} new bonuses, {Unreadable} unreadable (kept), {Ignored} ignored",
            events.Count, paid.Count, fresh, unreadable, ignored);
        return AdminResults.Json(JsonSerializer.Serialize(new { events = events.Count, paid = paid.Count, newBonuses = fresh, unreadable }));
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
