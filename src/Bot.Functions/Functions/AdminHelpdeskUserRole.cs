using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/helpdesk/users/{userId}/role</c> <c>{"role","tariffId","assignedContractors"}</c>: gives a role.</summary>
public sealed class AdminHelpdeskUserRole(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskUserRole> log)
{
    [Function(nameof(AdminHelpdeskUserRole))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/helpdesk/users/{userId:long}/role")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GrantRoleAsync(request, userId, cancellationToken);
        log.LogInformation("AdminHelpdeskUserRole answered {Result}", result.GetType().Name);
        return result;
    }
}
