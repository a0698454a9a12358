using Bot.Features.Broadcasts.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/broadcast-segments</c> → <c>{"segments":["all","flow:…","role:…","locale:…"]}</c>: what a
/// broadcast's <c>segment</c> may be.</summary>
public sealed class AdminBroadcastSegments(BroadcastsEndpoints endpoints, ILogger<AdminBroadcastSegments> log)
{
    [Function(nameof(AdminBroadcastSegments))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/broadcast-segments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        log.LogInformation("Broadcast segments listed for {Path}", request.Path);
        return endpoints.Segments();
    }
}
