using Bot.Features.Helpdesk.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/helpdesk/orders?from=&amp;to=&amp;status=&amp;format=csv|json</c>: the orders export.</summary>
public sealed class AdminHelpdeskOrders(HelpdeskAdminEndpoints endpoints, ILogger<AdminHelpdeskOrders> log)
{
    [Function(nameof(AdminHelpdeskOrders))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/helpdesk/orders")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.OrdersAsync(request, cancellationToken);
        log.LogInformation("AdminHelpdeskOrders answered {Result}", result.GetType().Name);
        return result;
    }
}
