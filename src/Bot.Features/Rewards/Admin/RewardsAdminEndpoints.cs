using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Engine;
using Bot.Engine.Reference;
using Bot.Features.Admin;
using Bot.Features.Rewards.Families;
using Bot.Features.Rewards.Promo;
using Bot.Features.Rewards.Walks;
using Bot.Features.Rewards.Walks.Coefficients;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Rewards.Admin;

/// <summary>The rewards admin API: coefficients (GET/PUT, validated), promo codes (GET/PUT/DELETE one, list),
/// the walks export (<c>from</c>/<c>to</c> UTC dates, both included, default the last 30 days; csv or json) and families.</summary>
public sealed class RewardsAdminEndpoints(ReferenceData reference, PromoStore promos, WalkStore walks, FamilyStore families, TimeProvider clock)
{
    public const int MaxCodeLength = 32;

    private sealed record PromoBody(long? Points, int? MaxUses, DateTimeOffset? ExpiresAt);

    public async Task<IActionResult> GetCoefficientsAsync(CancellationToken ct)
    {
        var snapshot = await reference.SnapshotAsync(ct);
        var table = RewardsReference.Table(snapshot.Get(RewardsReference.Coefficients));
        return AdminResults.Json(JsonSerializer.Serialize(table.Ranges, EngineJson.Options));
    }

    public async Task<IActionResult> PutCoefficientsAsync(HttpRequest request, CancellationToken ct)
    {
        List<CoefficientRange?>? ranges;
        try
        {
            ranges = await JsonSerializer.DeserializeAsync<List<CoefficientRange?>>(request.Body, EngineJson.Options, ct);
        }
        catch (JsonException ex)
        {
            return AdminResults.BadRequest("the body is not an array of {\"fromC\",\"toC\",\"coefficient\"}: " + ex.Message);
        }

        if (ranges is null)
        {
            return AdminResults.BadRequest("the body is not an array of {\"fromC\",\"toC\",\"coefficient\"}");
        }

        if (CoefficientTable.Validate(ranges) is { } error)
        {
            return AdminResults.BadRequest(error);
        }

        var table = CoefficientTable.Create(ranges!);
        await reference.SetAsync(RewardsReference.Coefficients, table.Ranges, ct);
        return AdminResults.Json(JsonSerializer.Serialize(table.Ranges, EngineJson.Options));
    }

    public async Task<IActionResult> ListPromoCodesAsync(CancellationToken ct)
    {
        var list = new List<object>();
        await foreach (var promo in promos.AllAsync(ct))
        {
            list.Add(Shape(promo));
        }

        return AdminResults.Json(JsonSerializer.Serialize(list, EngineJson.Options));
    }

    public async Task<IActionResult> GetPromoCodeAsync(string code, CancellationToken ct)
    {
        var normalized = PromoCode.Normalize(code);
        return await promos.GetAsync(normalized, ct) is { } promo
            ? AdminResults.Json(JsonSerializer.Serialize(Shape(promo), EngineJson.Options))
            : NotFound($"no promo code '{normalized}'");
    }

    public async Task<IActionResult> PutPromoCodeAsync(HttpRequest request, string code, CancellationToken ct)
    {
        var normalized = PromoCode.Normalize(code);
        if (normalized.Length is 0 or > MaxCodeLength || !normalized.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
        {
            return AdminResults.BadRequest($"a code is 1-{MaxCodeLength} letters, digits, '-' or '_'");
        }

        PromoBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<PromoBody>(request.Body, EngineJson.Options, ct);
        }
        catch (JsonException ex)
        {
            return AdminResults.BadRequest("the body is not {\"points\",\"maxUses\",\"expiresAt\"}: " + ex.Message);
        }

        if (body?.Points is not > 0)
        {
            return AdminResults.BadRequest("points: a whole number above 0 is required");
        }

        if (body.MaxUses is not > 0)
        {
            return AdminResults.BadRequest("maxUses: a whole number above 0 is required");
        }

        if (body.ExpiresAt is null)
        {
            return AdminResults.BadRequest("expiresAt: an ISO 8601 instant is required");
        }

        var promo = await promos.PutAsync(normalized, body.Points.Value, body.MaxUses.Value, body.ExpiresAt.Value, ct);
        return AdminResults.Json(JsonSerializer.Serialize(Shape(promo), EngineJson.Options));
    }

    public async Task<IActionResult> DeletePromoCodeAsync(string code, CancellationToken ct)
    {
        var normalized = PromoCode.Normalize(code);
        return await promos.DeleteAsync(normalized, ct)
            ? new NoContentResult()
            : NotFound($"no promo code '{normalized}'");
    }

    public async Task<IActionResult> WalksAsync(HttpRequest request, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(request.Query["from"], today.AddDays(-30), out var from) || !TryDate(request.Query["to"], today, out var to))
        {
            return AdminResults.BadRequest("from and to are dates YYYY-MM-DD");
        }

        if (from > to)
        {
            return AdminResults.BadRequest("from is after to");
        }

        var format = request.Query["format"].ToString();
        if (format.Length > 0 && format is not ("csv" or "json"))
        {
            return AdminResults.BadRequest("format is csv or json");
        }

        var list = new List<WalkRecord>();
        await foreach (var walk in walks.QueryAsync(from, to, ct))
        {
            list.Add(walk);
        }

        list.Sort((a, b) => a.FinishedAt.CompareTo(b.FinishedAt));
        if (format != "csv")
        {
            return AdminResults.Json(JsonSerializer.Serialize(list, EngineJson.Options));
        }

        var csv = new StringBuilder("walkId,userId,firstName,startedAt,finishedAt,steps,temperatureC,temperatureSource,coefficient,points,familyId\n");
        foreach (var w in list)
        {
            csv.AppendJoin(',', Csv(w.WalkId), w.UserId.ToString(CultureInfo.InvariantCulture), Csv(w.FirstName), w.StartedAt.ToString("O", CultureInfo.InvariantCulture),
                w.FinishedAt.ToString("O", CultureInfo.InvariantCulture), w.Steps.ToString(CultureInfo.InvariantCulture), RewardsFormat.Number(w.TemperatureC),
                w.TemperatureSource, RewardsFormat.Number(w.Coefficient), w.Points.ToString(CultureInfo.InvariantCulture), Csv(w.FamilyId)).Append('\n');
        }

        return AdminResults.Csv(csv.ToString(), "walks.csv");
    }

    public async Task<IActionResult> FamiliesAsync(CancellationToken ct)
    {
        var list = new List<object>();
        await foreach (var family in families.AllAsync(ct))
        {
            if (family.Closed)
            {
                continue;
            }

            list.Add(new
            {
                familyId = family.FamilyId,
                name = family.Name,
                ownerId = family.OwnerId,
                members = family.Members.Select(m => new { userId = m.UserId, firstName = m.FirstName, joinedAt = m.JoinedAt }),
                points = family.Pool,
                shared = family.Shared,
                periodEnd = family.PeriodEnd,
            });
        }

        return AdminResults.Json(JsonSerializer.Serialize(list, EngineJson.Options));
    }

    private static object Shape(PromoCode promo) => new
    {
        code = promo.Code,
        points = promo.Points,
        maxUses = promo.MaxUses,
        expiresAt = promo.ExpiresAt,
        uses = promo.Uses,
    };

    private static ContentResult NotFound(string reason) => AdminResults.Json(JsonSerializer.Serialize(new { error = reason }), 404);

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
