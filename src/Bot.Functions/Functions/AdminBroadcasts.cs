using Bot.Features.Broadcasts.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/broadcasts</c>: every broadcast with its counts, newest first.</summary>
public sealed class AdminBroadcasts(BroadcastsEndpoints endpoints, ILogger<AdminBroadcasts> log)
{
    [Function(nameof(AdminBroadcasts))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/broadcasts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListAsync(cancellationToken);
        log.LogInformation("Broadcast list answered {Result} for {Path}", result.GetType().Name, request.Path);
        return result;
    }
}
