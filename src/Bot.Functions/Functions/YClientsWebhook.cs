using Bot.Features.Loyalty.Sync;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/yclients/webhook?code=…</c>: YCLIENTS' record events; each paid record's bonus recorded at once.</summary>
public sealed class YClientsWebhook(YClientsWebhookEndpoint endpoint, ILogger<YClientsWebhook> log)
{
    [Function(nameof(YClientsWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = YClientsWebhookEndpoint.Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoint.HandleAsync(request, cancellationToken);
        log.LogInformation("YCLIENTS webhook answered {Result}", result.GetType().Name);
        return result;
    }
}
