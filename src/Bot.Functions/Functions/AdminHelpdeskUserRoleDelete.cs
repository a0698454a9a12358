using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/helpdesk/users/{userId}/role/{role}</c>: takes a role away.</summary>
public sealed class AdminHelpdeskUserRoleDelete(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskUserRoleDelete> log)
{
    [Function(nameof(AdminHelpdeskUserRoleDelete))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/helpdesk/users/{userId:long}/role/{role}")] HttpRequest request,
        long userId,
        string role,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.RevokeRoleAsync(request, userId, role, cancellationToken);
        log.LogInformation("AdminHelpdeskUserRoleDelete answered {Result}", result.GetType().Name);
        return result;
    }
}
