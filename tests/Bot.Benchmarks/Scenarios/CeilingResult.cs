namespace Bot.Benchmarks.Scenarios;

/// <summary>Azurite's own throughput on this machine, operations a second, measured with the Azure SDK.</summary>
internal sealed record CeilingResult(
    double RangeReads,
    double TwoEntityTransactions,
    double DeleteTransactions,
    double QueueSends,
    double QueueReceiveCalls,
    double QueueReceivedMessages,
    double QueueDeletes)
{
    /// <summary>Seconds of Azurite time one table transaction of the pipeline takes: half commits, half
    /// deletes of sent outbox rows, as in the pipeline.</summary>
    public double TransactionSeconds => (1 / TwoEntityTransactions + 1 / DeleteTransactions) / 2;

    /// <summary>Seconds of Azurite time for one operation of the kind the counters name.</summary>
    public double SecondsFor(string kind) => kind switch
    {
        "table.read" => 1 / RangeReads,
        "table.transaction" => TransactionSeconds,
        "table.write" => 1 / TwoEntityTransactions,
        "queue.send" or "queue.update" => 1 / QueueSends,
        "queue.receive" or "queue.other" => 1 / QueueReceiveCalls,
        "queue.delete" => 1 / QueueDeletes,
        _ => 0,
    };
}
