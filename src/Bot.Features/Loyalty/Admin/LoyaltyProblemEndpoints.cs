using System.Text.Json;
using Bot.Features.Admin;
using Bot.Features.Loyalty.Sync;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Loyalty.Admin;

/// <summary>The records YCLIENTS sent that the bot could not read (<see cref="UnreadableRecords"/>), for the salon's
/// admin: <c>GET /api/admin/loyalty/problems?status=open|dismissed|all</c> and
/// <c>POST /api/admin/loyalty/problems/{key}/dismiss</c>.</summary>
public sealed class LoyaltyProblemEndpoints(UnreadableRecords problems)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary><c>[{"key","recordId","reason","source","status","firstSeen","lastSeen","attempts","dismissedAt","raw"}]</c>,
    /// open ones by default; <c>status=dismissed</c> or <c>all</c> for the others.</summary>
    public async Task<IActionResult> ListAsync(HttpRequest request, CancellationToken ct)
    {
        var status = request.Query["status"].ToString().ToLowerInvariant();
        if (status is not ("" or UnreadableRecord.Open or UnreadableRecord.Dismissed or "all"))
        {
            return AdminResults.BadRequest("status must be open, dismissed or all");
        }

        var list = (await problems.ListAsync(ct))
            .Where(p => status == "all" || p.Status == (status.Length == 0 ? UnreadableRecord.Open : status))
            .ToList();
        return AdminResults.Json(JsonSerializer.Serialize(list, Json));
    }

    /// <summary>Dismisses the problem <paramref name="key"/> (a record id, or an <c>x-…</c> key from the list): no longer
    /// retried; it earns a bonus only if YCLIENTS changes it into a readable record. 404 when there is none.</summary>
    public async Task<IActionResult> DismissAsync(string key, CancellationToken ct)
    {
        if (UnreadableRecords.NormalizeKey(key) is not { } normalized)
        {
            return AdminResults.BadRequest("key must be a record id or an x-… key from GET /api/admin/loyalty/problems");
        }

        return await problems.DismissAsync(normalized, ct) is { } dismissed
            ? AdminResults.Json(JsonSerializer.Serialize(dismissed, Json))
            : AdminResults.Json(JsonSerializer.Serialize(new { error = $"no unreadable record {key}" }), 404);
    }
}
