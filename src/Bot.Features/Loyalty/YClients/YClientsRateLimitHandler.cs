namespace Bot.Features.Loyalty.YClients;

/// <summary>The HTTP handler that waits for <see cref="YClientsRateLimiter"/> before each attempt.</summary>
public sealed class YClientsRateLimitHandler(YClientsRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
