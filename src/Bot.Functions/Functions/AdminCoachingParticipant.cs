using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/coaching/participants/{userId}</c>: one participant with the answers and file links.</summary>
public sealed class AdminCoachingParticipant(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingParticipant> log)
{
    [Function(nameof(AdminCoachingParticipant))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/coaching/participants/{userId:long}")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.ParticipantAsync(request, userId, cancellationToken);
        log.LogInformation("AdminCoachingParticipant for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
