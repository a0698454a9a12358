using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/coaching/files/{fileId}</c>: a photo answer's file, fetched through the Bot API.</summary>
public sealed class AdminCoachingFile(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingFile> log)
{
    [Function(nameof(AdminCoachingFile))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/coaching/files/{fileId}")] HttpRequest request,
        string fileId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.FileAsync(fileId, cancellationToken);
        log.LogInformation("AdminCoachingFile for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
