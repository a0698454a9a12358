using Bot.Engine.Pacing;
using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty.YClients;

/// <summary>
/// Paces calls to YCLIENTS (about 5 requests a second allowed): one process-wide <see cref="SpacingGate"/> that
/// lets a request through at least 1/<see cref="YClientsOptions.RequestsPerSecond"/> after the previous one, so
/// any one-second window holds at most <c>RequestsPerSecond</c> requests (default 4). It sits inside the
/// resilience handler, so retries are paced too. Per process: the BonusSync timer is one run at a time (the
/// webhook reads its record from the body and calls nothing), so this is the bot's bound.
/// </summary>
public sealed class YClientsRateLimiter(TimeProvider time, IOptions<LoyaltyOptions> options)
    : SpacingGate(time, TimeSpan.FromSeconds(1 / PerSecond(options)))
{
    public double RequestsPerSecond { get; } = PerSecond(options);

    /// <summary>Requests let through since start (for benchmarks: requests per second to YCLIENTS).</summary>
    public long Requests => Passed;

    private static double PerSecond(IOptions<LoyaltyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.Value.YClients.RequestsPerSecond;
        return perSecond > 0 ? perSecond : 4;
    }
}
