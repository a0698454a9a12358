using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Helpdesk.Admin;

/// <summary>The helpdesk's admin routes under <c>/api/admin</c> (the Functions app has one class per route).</summary>
public sealed class HelpdeskAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("helpdesk/settings", (HelpdeskAdminEndpoints e, CancellationToken ct) => e.GetSettingsAsync(ct).ToResultAsync());
        admin.MapPut("helpdesk/settings", (HttpRequest r, HelpdeskAdminEndpoints e, CancellationToken ct) => e.PutSettingsAsync(r, ct).ToResultAsync());
        admin.MapGet("helpdesk/tariffs", (HelpdeskAdminEndpoints e, CancellationToken ct) => e.ListTariffsAsync(ct).ToResultAsync());
        admin.MapGet("helpdesk/tariffs/{tariffId}", (string tariffId, HelpdeskAdminEndpoints e, CancellationToken ct) => e.GetTariffAsync(tariffId, ct).ToResultAsync());
        admin.MapPut("helpdesk/tariffs/{tariffId}", (HttpRequest r, string tariffId, HelpdeskAdminEndpoints e, CancellationToken ct) => e.PutTariffAsync(r, tariffId, ct).ToResultAsync());
        admin.MapDelete("helpdesk/tariffs/{tariffId}", (string tariffId, HelpdeskAdminEndpoints e, CancellationToken ct) => e.DeleteTariffAsync(tariffId, ct).ToResultAsync());
        admin.MapPost("helpdesk/users/{userId:long}/role", (HttpRequest r, long userId, HelpdeskAdminEndpoints e, CancellationToken ct) => e.GrantRoleAsync(r, userId, ct).ToResultAsync());
        admin.MapDelete("helpdesk/users/{userId:long}/role/{role}", (HttpRequest r, long userId, string role, HelpdeskAdminEndpoints e, CancellationToken ct) => e.RevokeRoleAsync(r, userId, role, ct).ToResultAsync());
        admin.MapGet("helpdesk/report", (HttpRequest r, HelpdeskAdminEndpoints e, CancellationToken ct) => e.ReportAsync(r, ct).ToResultAsync());
        admin.MapGet("helpdesk/orders", (HttpRequest r, HelpdeskAdminEndpoints e, CancellationToken ct) => e.OrdersAsync(r, ct).ToResultAsync());
    }
}
