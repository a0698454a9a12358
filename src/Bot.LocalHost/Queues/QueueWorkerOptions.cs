namespace Bot.LocalHost.Queues;

/// <summary>The local stand-in for host.json's queue settings.</summary>
public sealed record QueueWorkerOptions
{
    /// <summary>Messages handled at once (host.json batchSize).</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>After this many failed attempts a message goes to the poison queue (host.json maxDequeueCount).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a received message stays invisible while it is handled: 10 minutes, as the Functions
    /// host's queue listener takes a message (and keeps it hidden while the function runs). A shorter lease let a
    /// message that took long on a starved machine come back while its first run was still sending, which could
    /// send a reply twice. A message the worker could neither delete nor return (a lost pop receipt) is back after this long.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Delay before a failed message is tried again (host.json visibilityTimeout).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between polls of an empty queue (host.json maxPollingInterval).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
