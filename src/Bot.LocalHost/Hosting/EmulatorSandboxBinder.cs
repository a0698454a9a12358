using Microsoft.Extensions.Hosting;

namespace Bot.LocalHost.Hosting;

/// <summary>Gives the sandbox settings this host's address (read lazily, once the server listens).</summary>
public sealed class EmulatorSandboxBinder(EmulatorSandboxSettings settings, LocalHostAddress address) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        settings.BaseUrl = address.TryGetUrl;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
