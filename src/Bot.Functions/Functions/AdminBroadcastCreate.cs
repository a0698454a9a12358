using Bot.Features.Broadcasts.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/broadcasts</c> <c>{"text","photo","buttons","sendAt","segment"}</c> → 201 <c>{"id"}</c>.</summary>
public sealed class AdminBroadcastCreate(BroadcastsEndpoints endpoints, ILogger<AdminBroadcastCreate> log)
{
    [Function(nameof(AdminBroadcastCreate))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/broadcasts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.CreateAsync(request, cancellationToken);
        log.LogInformation("Broadcast create answered {Result}", result.GetType().Name);
        return result;
    }
}
