using Bot.Features.Coaching.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/coaching/participants/{userId}/cancel</c>: a trainer cancels the participation.</summary>
public sealed class AdminCoachingParticipantCancel(CoachingAdminEndpoints endpoints, ILogger<AdminCoachingParticipantCancel> log)
{
    [Function(nameof(AdminCoachingParticipantCancel))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/coaching/participants/{userId:long}/cancel")] HttpRequest request,
        long userId,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.CancelAsync(userId, cancellationToken);
        log.LogInformation("AdminCoachingParticipantCancel for {Path} answered {Result}", request.Path, result.GetType().Name);
        return result;
    }
}
