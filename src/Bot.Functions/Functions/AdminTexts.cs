using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/texts</c>: every text as the bot uses it now.</summary>
public sealed class AdminTexts(AdminTextsEndpoints endpoints, ILogger<AdminTexts> log)
{
    [Function(nameof(AdminTexts))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/texts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ListAsync(cancellationToken);
        log.LogInformation("Texts listed for {Path}", request.Path);
        return result;
    }
}
