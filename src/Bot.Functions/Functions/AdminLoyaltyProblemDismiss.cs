using Bot.Features.Loyalty.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>POST /api/admin/loyalty/problems/{key}/dismiss</c>: an admin dismisses an unreadable YCLIENTS record.</summary>
public sealed class AdminLoyaltyProblemDismiss(LoyaltyProblemEndpoints endpoints, ILogger<AdminLoyaltyProblemDismiss> log)
{
    [Function(nameof(AdminLoyaltyProblemDismiss))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/loyalty/problems/{key}/dismiss")] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.DismissAsync(key, cancellationToken);
        log.LogInformation("Dismissal of unreadable record {Key} answered {Result}", key, result.GetType().Name);
        return result;
    }
}
