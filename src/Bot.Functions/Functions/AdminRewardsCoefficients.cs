using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>GET /api/admin/rewards/coefficients</c>: the temperature coefficient table.</summary>
public sealed class AdminRewardsCoefficients(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsCoefficients> log)
{
    [Function(nameof(AdminRewardsCoefficients))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/rewards/coefficients")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.GetCoefficientsAsync(cancellationToken);
        log.LogInformation("Coefficients read answered {Result}", result.GetType().Name);
        return result;
    }
}
