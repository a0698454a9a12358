using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/helpdesk/tariffs</c>: every tariff.</summary>
public sealed class AdminHelpdeskTariffs(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskTariffs> log)
{
    [Function(nameof(AdminHelpdeskTariffs))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/helpdesk/tariffs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListTariffsAsync(cancellationToken);
        log.LogInformation("AdminHelpdeskTariffs answered {Result}", result.GetType().Name);
        return result;
    }
}
