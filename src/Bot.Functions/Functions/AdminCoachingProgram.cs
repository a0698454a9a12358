using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/coaching/program</c>: the program the bot runs now.</summary>
public sealed class AdminCoachingProgram(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingProgram> log)
{
    [Function(nameof(AdminCoachingProgram))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/coaching/program")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetProgramAsync(cancellationToken);
        log.LogInformation("AdminCoachingProgram for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
