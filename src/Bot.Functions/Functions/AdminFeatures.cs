using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/features</c> → <c>{"enabled":["wallet",...]}</c>: the flows switched on.</summary>
public sealed class AdminFeatures(AdminFeaturesEndpoints endpoints, ILogger<AdminFeatures> log)
{
    [Function(nameof(AdminFeatures))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/features")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        log.LogInformation("Enabled features listed for {Path}", request.Path);
        return endpoints.List();
    }
}
