using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/helpdesk/settings</c>: changes settings; a value out of range is 400 naming the setting and its range.</summary>
public sealed class AdminHelpdeskSettingsPut(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskSettingsPut> log)
{
    [Function(nameof(AdminHelpdeskSettingsPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/helpdesk/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutSettingsAsync(request, cancellationToken);
        log.LogInformation("AdminHelpdeskSettingsPut answered {Result}", result.GetType().Name);
        return result;
    }
}
