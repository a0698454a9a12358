using Bot.Engine.Inbox;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary>Telegram's webhook: checks the secret token, queues the update, answers in milliseconds.</summary>
public sealed class TelegramWebhook(WebhookEndpoint endpoint, ILogger<TelegramWebhook> log)
{
    [Function(nameof(TelegramWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/telegram/webhook")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoint.HandleAsync(request, cancellationToken);
        if (result is not OkResult)
        {
            log.LogWarning("Webhook call refused with {Result}", result.GetType().Name);
        }

        return result;
    }
}
