using Microsoft.Extensions.Options;

namespace Bot.Features.Loyalty.YClients;

/// <summary>
/// Paces calls to YCLIENTS (about 5 requests a second allowed): one process-wide gate that lets a request
/// through at least 1/<see cref="YClientsOptions.RequestsPerSecond"/> after the previous one, so any
/// one-second window holds at most <c>RequestsPerSecond</c> requests (default 4). It sits inside the
/// resilience handler, so retries are paced too. Per process: the BonusSync timer is one run at a time
/// (the webhook reads its record from the body and calls nothing), so this is the bot's bound.
/// Time comes from <see cref="TimeProvider"/> timestamps (monotonic), so tests drive it with a fake clock;
/// System.Threading.RateLimiting's limiters take no TimeProvider, and a token bucket lets rate + 1
/// requests into a sliding second.
/// </summary>
public sealed class YClientsRateLimiter : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _intervalTimestamps;
    private long _next = long.MinValue;
    private long _requests;

    public YClientsRateLimiter(TimeProvider time, IOptions<LoyaltyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var perSecond = options.Value.YClients.RequestsPerSecond;
        RequestsPerSecond = perSecond > 0 ? perSecond : 4;
        Interval = TimeSpan.FromSeconds(1 / RequestsPerSecond);
        _intervalTimestamps = (long)Math.Ceiling(Interval.TotalSeconds * time.TimestampFrequency);
    }

    public double RequestsPerSecond { get; }

    /// <summary>The least time between two requests.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Requests let through since start (for benchmarks: requests per second to YCLIENTS).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Waits for this request's turn.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = _time.GetTimestamp();
            if (now < _next)
            {
                await Task.Delay(_time.GetElapsedTime(now, _next), _time, ct);
                now = Math.Max(_time.GetTimestamp(), _next);
            }

            _next = now + _intervalTimestamps;
            Interlocked.Increment(ref _requests);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
