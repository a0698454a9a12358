using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Storage;

/// <summary>Creates the tables and queues once at start-up (a handful of idempotent calls per cold start).</summary>
public sealed class StorageInitializer(BotStorage storage, IEnumerable<StorageTable> featureTables, ILogger<StorageInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tables = StorageNames.EngineTables.Concat(featureTables.Select(t => t.Name)).Distinct().ToArray();
        await storage.EnsureCreatedAsync(tables, StorageNames.Queues, cancellationToken);
        log.LogInformation("Storage ready: {Tables} tables, {Queues} queues, prefix '{Prefix}'", tables.Length, StorageNames.Queues.Count, storage.Prefix);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
