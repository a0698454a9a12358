using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/helpdesk/settings</c>: the seed's five system settings.</summary>
public sealed class AdminHelpdeskSettings(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskSettings> log)
{
    [Function(nameof(AdminHelpdeskSettings))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/helpdesk/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetSettingsAsync(cancellationToken);
        log.LogInformation("AdminHelpdeskSettings answered {Result}", result.GetType().Name);
        return result;
    }
}
