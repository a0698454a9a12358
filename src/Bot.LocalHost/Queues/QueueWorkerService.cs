using Microsoft.Extensions.Hosting;

namespace Bot.LocalHost.Queues;

/// <summary>Runs the local queue workers for the lifetime of the host (registered after the engine's
/// storage initializer, so the queues exist when they start).</summary>
public sealed class QueueWorkerService(LocalQueues queues) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(queues.Workers.Select(w => Task.Run(() => w.RunAsync(stoppingToken), CancellationToken.None)));
}
