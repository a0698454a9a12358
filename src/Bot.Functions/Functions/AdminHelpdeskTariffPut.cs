using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/helpdesk/tariffs/{tariffId}</c>: adds or replaces a tariff.</summary>
public sealed class AdminHelpdeskTariffPut(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskTariffPut> log)
{
    [Function(nameof(AdminHelpdeskTariffPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/helpdesk/tariffs/{tariffId}")] HttpRequest request,
        string tariffId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutTariffAsync(request, tariffId, cancellationToken);
        log.LogInformation("AdminHelpdeskTariffPut answered {Result}", result.GetType().Name);
        return result;
    }
}
