using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/helpdesk/tariffs/{tariffId}</c>.</summary>
public sealed class AdminHelpdeskTariff(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskTariff> log)
{
    [Function(nameof(AdminHelpdeskTariff))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/helpdesk/tariffs/{tariffId}")] HttpRequest request,
        string tariffId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetTariffAsync(tariffId, cancellationToken);
        log.LogInformation("AdminHelpdeskTariff answered {Result}", result.GetType().Name);
        return result;
    }
}
