using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/telegram/setup</c>: registers the webhook (secret token, allowed updates) and the command menu.</summary>
public sealed class AdminTelegramSetup(TelegramSetupEndpoints endpoints, ILogger<AdminTelegramSetup> log)
{
    [Function(nameof(AdminTelegramSetup))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/telegram/setup")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.SetupAsync(request, cancellationToken);
        log.LogInformation("Telegram setup answered {Result}", result.GetType().Name);
        return result;
    }
}
