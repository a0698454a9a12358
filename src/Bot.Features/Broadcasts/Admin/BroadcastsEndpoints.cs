using System.Text.Json;
using Bot.Engine.Routing;
using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Broadcasts.Admin;

/// <summary>The broadcasts admin API (CONTRACTS.md), shared by the Functions classes and the local host.</summary>
public sealed class BroadcastsEndpoints(Broadcaster broadcaster, IEnumerable<IFlow> flows, TimeProvider clock, ILogger<BroadcastsEndpoints> log)
{
    private readonly string[] _flowNames = flows.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary><c>POST /api/admin/broadcasts</c> → 201 <c>{"id"}</c>; a repeated <c>Idempotency-Key</c> → 200 with the first id.</summary>
    public async Task<IActionResult> CreateAsync(HttpRequest request, CancellationToken ct)
    {
        if (!AdminUsersEndpoints.TryCommandKey(request, "broadcast", 0, out var key, out var keyError))
        {
            return AdminResults.BadRequest(keyError!);
        }

        var explicitKey = request.Headers[AdminUsersEndpoints.IdempotencyHeader].ToString().Trim().Length > 0 ? key.Replace(':', '_') : null;
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return AdminResults.BadRequest("the body must be JSON: " + BroadcastRequestParser.Shape);
        }

        using (body)
        {
            var (parsed, error) = BroadcastRequestParser.Parse(body.RootElement, clock.GetUtcNow(), _flowNames);
            if (parsed is null)
            {
                log.LogInformation("Broadcast refused: {Reason}", error);
                return AdminResults.BadRequest(error!);
            }

            var (id, created) = await broadcaster.CreateAsync(parsed, explicitKey, ct);
            return AdminResults.Json(JsonSerializer.Serialize(new { id }), created ? 201 : 200);
        }
    }

    /// <summary><c>GET /api/admin/broadcasts/{id}</c>.</summary>
    public async Task<IActionResult> GetAsync(string id, CancellationToken ct) =>
        await broadcaster.GetAsync(id, ct) is { } view
            ? AdminResults.Json(JsonSerializer.Serialize(view, UsersExport.Json))
            : NotFound(id);

    /// <summary><c>GET /api/admin/broadcasts</c>: newest first.</summary>
    public async Task<IActionResult> ListAsync(CancellationToken ct) =>
        AdminResults.Json(JsonSerializer.Serialize(await broadcaster.ListAsync(ct), UsersExport.Json));

    /// <summary><c>DELETE /api/admin/broadcasts/{id}</c>: cancels what is not yet sent; a finished one → 409.</summary>
    public async Task<IActionResult> CancelAsync(string id, CancellationToken ct)
    {
        var (view, cancelled) = await broadcaster.CancelAsync(id, ct);
        if (view is null)
        {
            return NotFound(id);
        }

        return cancelled
            ? AdminResults.Json(JsonSerializer.Serialize(view, UsersExport.Json))
            : AdminResults.Json(JsonSerializer.Serialize(new { error = $"broadcast {id} is already {view.Status}; nothing left to cancel" }), 409);
    }

    /// <summary><c>GET /api/admin/broadcast-segments</c> → <c>{"segments":["all","flow:…","role:…","locale:…"]}</c>: every
    /// segment the POST accepts (<see cref="BroadcastSegment.Parse"/>), for the console's picker. This flow's own name
    /// is left out: it handles no user input, so its segment is always empty.</summary>
    public IActionResult Segments()
    {
        var segments = new List<string> { BroadcastSegment.All };
        segments.AddRange(_flowNames.Where(f => !string.Equals(f, BroadcastsFlow.FlowName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Select(f => $"{BroadcastSegment.Flow}:{f}"));
        segments.AddRange(BroadcastSegment.Roles.Select(r => $"{BroadcastSegment.Role}:{r}"));
        segments.AddRange(BroadcastSegment.Locales.Select(l => $"{BroadcastSegment.Locale}:{l}"));
        return AdminResults.Json(JsonSerializer.Serialize(new { segments }));
    }

    private static ContentResult NotFound(string id) =>
        AdminResults.Json(JsonSerializer.Serialize(new { error = $"no broadcast {id}" }), 404);
}
