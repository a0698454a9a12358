using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/helpdesk/tariffs/{tariffId}</c>.</summary>
public sealed class AdminHelpdeskTariffDelete(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskTariffDelete> log)
{
    [Function(nameof(AdminHelpdeskTariffDelete))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/helpdesk/tariffs/{tariffId}")] HttpRequest request,
        string tariffId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.DeleteTariffAsync(tariffId, cancellationToken);
        log.LogInformation("AdminHelpdeskTariffDelete answered {Result}", result.GetType().Name);
        return result;
    }
}
