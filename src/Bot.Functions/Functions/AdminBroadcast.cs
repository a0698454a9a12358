using Bot.Features.Broadcasts.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/broadcasts/{id}</c>: status and counts.</summary>
public sealed class AdminBroadcast(BroadcastsEndpoints endpoints, ILogger<AdminBroadcast> log)
{
    [Function(nameof(AdminBroadcast))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/broadcasts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetAsync(id, cancellationToken);
        log.LogInformation("Broadcast {BroadcastId} answered {Result} for {Path}", id, result.GetType().Name, request.Path);
        return result;
    }
}
