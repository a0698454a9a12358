using System.Text.Json;
using Bot.Engine.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Admin;

/// <summary><c>GET /api/admin/features</c> → <c>{"enabled":["wallet",...]}</c>: the flows <c>Features:Enabled</c>
/// switched on (the always-on core flows left out), sorted; the console shows a flow's screens only then.</summary>
public sealed class AdminFeaturesEndpoints(Router router)
{
    public IActionResult List() => AdminResults.Json(JsonSerializer.Serialize(new
    {
        enabled = router.Flows.Where(f => !f.IsCore).Select(f => f.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
    }));
}
