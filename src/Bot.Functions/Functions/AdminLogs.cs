using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/logs?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;format=csv|jsonl</c>: the audit log.</summary>
public sealed class AdminLogs(AdminLogsEndpoints endpoints, ILogger<AdminLogs> log)
{
    [Function(nameof(AdminLogs))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/logs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ExportAsync(request, cancellationToken);
        log.LogInformation("Audit log export answered {Result}", result.GetType().Name);
        return result;
    }
}
