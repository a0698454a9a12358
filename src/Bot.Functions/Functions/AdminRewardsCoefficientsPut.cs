using Bot.Features.Rewards.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Functions;

/// <summary><c>PUT /api/admin/rewards/coefficients</c> <c>[{"fromC","toC","coefficient"}]</c>: replaces the table (validated).</summary>
public sealed class AdminRewardsCoefficientsPut(RewardsAdminEndpoints endpoints, ILogger<AdminRewardsCoefficientsPut> log)
{
    [Function(nameof(AdminRewardsCoefficientsPut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/admin/rewards/coefficients")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await endpoints.PutCoefficientsAsync(request, cancellationToken);
        log.LogInformation("Coefficients put answered {Result}", result.GetType().Name);
        return result;
    }
}
