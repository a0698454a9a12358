namespace Bot.Benchmarks.Report;

/// <summary>Azure list prices in USD, Standard general-purpose v2, LRS, as recorded in infracost's test
/// fixtures (taken from the Azure Retail Prices API): <c>storage_table_test.golden</c> (table support,
/// infracost PR #3427, merged May 2026) and <c>storage_queue_test.golden</c>. Tables with the default
/// service-managed key pay one flat rate per transaction; a query page, a write and a $batch request
/// each count once here, as the counters count requests.</summary>
internal static class Prices
{
    public const string AsOf = "2026-05";

    /// <summary>Table Storage, every transaction, per 10,000.</summary>
    public const decimal TablePer10K = 0.00036m;

    /// <summary>Queue Storage, class 1 (send, update, delete) and class 2 (receive, peek), per 10,000.</summary>
    public const decimal QueuePer10K = 0.004m;

    public static decimal PerMillionUpdates(double operationsPerUpdate, decimal per10K) =>
        (decimal)operationsPerUpdate * 1_000_000m / 10_000m * per10K;
}
