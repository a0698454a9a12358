using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Engine.Inbox;

/// <summary>The webhook over HTTP, shared by the Functions app and the local host: 200 once queued (or
/// ignored by design), 401 on a wrong secret, 400 with a reason for anything that is not an update.</summary>
public sealed class WebhookEndpoint(WebhookReceiver receiver)
{
    public async Task<IActionResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        var result = await receiver.ReceiveAsync(request.Headers[WebhookReceiver.SecretHeader], request.Body, ct);
        return result.Status switch
        {
            WebhookStatus.Queued or WebhookStatus.IgnoredNoUser => new OkResult(),
            WebhookStatus.Unauthorized => new UnauthorizedObjectResult(new { error = result.Reason }),
            _ => new BadRequestObjectResult(new { error = result.Reason }),
        };
    }
}
