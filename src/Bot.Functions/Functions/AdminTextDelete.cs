using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>DELETE /api/admin/texts/{key}</c>: restores a text's default.</summary>
public sealed class AdminTextDelete(AdminTextsEndpoints endpoints, ILogger<AdminTextDelete> log)
{
    [Function(nameof(AdminTextDelete))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/texts/{key}")] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.DeleteAsync(key, cancellationToken);
        log.LogInformation("Text {Key} reset answered {Result} for {Path}", key, result.GetType().Name, request.Path);
        return result;
    }
}
