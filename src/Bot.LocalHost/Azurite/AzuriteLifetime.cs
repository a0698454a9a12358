using Microsoft.Extensions.Hosting;

namespace Bot.LocalHost.Azurite;

/// <summary>Stops the Azurite this host started when the host stops. Registered before every other hosted
/// service, so it stops last, after the queue workers and timers.</summary>
public sealed class AzuriteLifetime(AzuriteLauncher azurite, IDisposable? logging) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await azurite.DisposeAsync();
        logging?.Dispose();
    }
}
