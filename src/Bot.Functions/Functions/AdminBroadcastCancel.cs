using Bot.Features.Broadcasts.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/broadcasts/{id}</c>: cancels what is not yet sent.</summary>
public sealed class AdminBroadcastCancel(BroadcastsEndpoints endpoints, ILogger<AdminBroadcastCancel> log)
{
    [Function(nameof(AdminBroadcastCancel))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/broadcasts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.CancelAsync(id, cancellationToken);
        log.LogInformation("Broadcast {BroadcastId} cancel answered {Result} for {Path}", id, result.GetType().Name, request.Path);
        return result;
    }
}
