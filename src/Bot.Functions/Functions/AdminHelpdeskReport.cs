using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/helpdesk/report?from=&amp;to=&amp;format=csv|json|png</c>: the period report; png is the chart.</summary>
public sealed class AdminHelpdeskReport(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskReport> log)
{
    [Function(nameof(AdminHelpdeskReport))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/helpdesk/report")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ReportAsync(request, cancellationToken);
        log.LogInformation("AdminHelpdeskReport answered {Result}", result.GetType().Name);
        return result;
    }
}
