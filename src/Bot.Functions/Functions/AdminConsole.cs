using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/console/{*path}</c>: the admin console's static files (anonymous: the page asks for the
/// function key and sends it with every admin API call it makes). index.html for the bare path, 404 otherwise
/// for anything not embedded.</summary>
public sealed class AdminConsole(ILogger<AdminConsole> log)
{
    [Function(nameof(AdminConsole))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/{*path}")] HttpRequest request,
        string? path,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = ConsoleFiles.Serve(path);
        if (result is not FileContentResult)
        {
            log.LogInformation("Console file {Path} not found", request.Path);
        }

        return result;
    }
}
