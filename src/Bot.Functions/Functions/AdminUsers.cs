using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/users?format=csv|json</c>: every user with balances.</summary>
public sealed class AdminUsers(AdminUsersEndpoints endpoints, ILogger<AdminUsers> log)
{
    [Function(nameof(AdminUsers))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/users")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ExportAsync(request, cancellationToken);
        log.LogInformation("Users export answered {Result}", result.GetType().Name);
        return result;
    }
}
