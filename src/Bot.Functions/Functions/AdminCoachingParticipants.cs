using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/coaching/participants?format=csv|json</c>: the participants' index.</summary>
public sealed class AdminCoachingParticipants(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingParticipants> log)
{
    [Function(nameof(AdminCoachingParticipants))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/coaching/participants")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ParticipantsAsync(request, cancellationToken);
        log.LogInformation("AdminCoachingParticipants for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
