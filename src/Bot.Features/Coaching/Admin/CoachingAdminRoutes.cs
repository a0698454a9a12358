using Bot.Engine.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Features.Coaching.Admin;

/// <summary>The coaching admin API relative to <c>/api/admin</c> (the Functions app: one class per route).</summary>
public sealed class CoachingAdminRoutes : IAdminRoutes
{
    public void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("coaching/program", (CoachingAdminEndpoints e, CancellationToken ct) => e.GetProgramAsync(ct).ToResultAsync());
        admin.MapPut("coaching/program", (HttpRequest request, CoachingAdminEndpoints e, CancellationToken ct) =>
            e.PutProgramAsync(request, ct).ToResultAsync());
        admin.MapGet("coaching/participants", (HttpRequest request, CoachingAdminEndpoints e, CancellationToken ct) =>
            e.ParticipantsAsync(request, ct).ToResultAsync());
        admin.MapGet("coaching/participants/{userId:long}", (HttpRequest request, long userId, CoachingAdminEndpoints e, CancellationToken ct) =>
            e.ParticipantAsync(request, userId, ct).ToResultAsync());
        admin.MapPost("coaching/participants/{userId:long}/cancel", (long userId, CoachingAdminEndpoints e, CancellationToken ct) =>
            e.CancelAsync(userId, ct).ToResultAsync());
        admin.MapGet("coaching/files/{fileId}", (string fileId, CoachingAdminEndpoints e, CancellationToken ct) =>
            e.FileAsync(fileId, ct).ToResultAsync());
    }
}
