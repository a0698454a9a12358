using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/coaching/program</c>: replaces the program after validation (400 with the reason and where).</summary>
public sealed class AdminCoachingProgramPut(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingProgramPut> log)
{
    [Function(nameof(AdminCoachingProgramPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/coaching/program")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutProgramAsync(request, cancellationToken);
        log.LogInformation("AdminCoachingProgramPut for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
