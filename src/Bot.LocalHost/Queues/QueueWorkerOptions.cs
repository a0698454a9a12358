namespace Bot.LocalHost.Queues;

/// <summary>The local stand-in for host.json's queue settings.</summary>
public sealed record QueueWorkerOptions
{
    /// <summary>Messages handled at once (host.json batchSize).</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>After this many failed attempts a message goes to the poison queue (host.json maxDequeueCount).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a received message stays invisible while it is handled. Handlers take milliseconds;
    /// a message the worker could neither delete nor return (a lost pop receipt) is back after this long.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before a failed message is tried again (host.json visibilityTimeout).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between polls of an empty queue (host.json maxPollingInterval).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
