using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Features.Admin;
using Bot.Features.Loyalty.Sync;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Loyalty.Admin;

/// <summary>The loyalty admin API (CONTRACTS.md), shared by the Functions classes and the local host:
/// <c>POST /api/admin/loyalty/adjust</c> and <c>GET /api/admin/loyalty/bonuses?from=&amp;to=&amp;format=csv|json</c>.</summary>
public sealed partial class LoyaltyAdminEndpoints(LoyaltyAdjuster adjuster, BonusBook bonuses, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary><c>{"phone":"+79990000000","points":100,"reason":"..."}</c> (+ <c>Idempotency-Key</c>) →
    /// <c>{"phone","userId"|null,"balance"}</c>; bad input or a deduction below zero → 400.</summary>
    public async Task<IActionResult> AdjustAsync(HttpRequest request, CancellationToken ct)
    {
        AdjustRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AdjustRequest>(request.Body, Json, ct);
        }
        catch (JsonException)
        {
            return AdminResults.BadRequest("the body must be JSON: {\"phone\":\"+79990000000\",\"points\":100,\"reason\":\"...\"} (points a whole number)");
        }

        if (body is null || body.Phone is null || body.Reason is null)
        {
            return AdminResults.BadRequest("phone, points and reason are required");
        }

        var header = request.Headers["Idempotency-Key"].ToString().Trim();
        if (header.Length > 0 && !HeaderValue().IsMatch(header))
        {
            return AdminResults.BadRequest("Idempotency-Key must be 1 to 64 letters, digits, '-', '_', '.' or ':'");
        }

        var key = "http:" + (header.Length > 0 ? header : Guid.NewGuid().ToString("N"));
        var result = await adjuster.AdjustAsync(body, key, ct);
        return result.Error is { } error
            ? AdminResults.BadRequest(error)
            : AdminResults.Json(JsonSerializer.Serialize(new { phone = result.Phone, userId = result.UserId, balance = result.Balance }, Json));
    }

    /// <summary>The bonus log: <c>recordId, phone, userId, amount, points, awardedAt, notified</c>; <c>from</c>/<c>to</c>
    /// are UTC dates of <c>awardedAt</c>, both included; without them the last 30 days.</summary>
    public async Task<IActionResult> BonusesAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("" or "json" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or json");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(request.Query["from"], out var from) || !TryDate(request.Query["to"], out var to))
        {
            return AdminResults.BadRequest("from and to must be dates YYYY-MM-DD");
        }

        (from, to) = (from, to) switch
        {
            (null, null) => (today.AddDays(-29), today),
            ({ } f, null) => (f, f.AddDays(29)),
            (null, { } t) => (t.AddDays(-29), t),
            _ => (from, to),
        };
        if (from > to)
        {
            return AdminResults.BadRequest("from must not be after to");
        }

        var start = new DateTimeOffset(from!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = await bonuses.LogAsync(start, end, ct);
        if (format == "csv")
        {
            var csv = new StringBuilder("recordId,phone,userId,amount,points,awardedAt,notified\n");
            foreach (var e in entries)
            {
                csv.Append(e.RecordId.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(e.Phone).Append(',')
                    .Append(e.UserId?.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(e.Amount.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(e.Points.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(e.AwardedAt.ToString("O", CultureInfo.InvariantCulture)).Append(',')
                    .Append(e.Notified ? "true" : "false").Append('\n');
            }

            return AdminResults.Csv(csv.ToString(), "bonuses.csv");
        }

        return AdminResults.Json(JsonSerializer.Serialize(entries, Json));
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderValue();
}
