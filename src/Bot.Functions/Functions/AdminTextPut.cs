using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/texts/{key}</c> <c>{"ru":"...","en":"..."}</c>: overrides a text.</summary>
public sealed class AdminTextPut(AdminTextsEndpoints endpoints, ILogger<AdminTextPut> log)
{
    [Function(nameof(AdminTextPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/texts/{key}")] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutAsync(request, key, cancellationToken);
        log.LogInformation("Text override of {Key} answered {Result}", key, result.GetType().Name);
        return result;
    }
}
