using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks.Scenarios;

/// <summary>Updates in through the webhook until the pipeline settled (queues drained, replies sent).</summary>
internal sealed record EndToEndResult(string Name, int Updates, TimeSpan Elapsed, bool Settled, int WebhookFailures, int RepliesSent, OperationSnapshot Operations)
{
    public double UpdatesPerSecond => Updates / Elapsed.TotalSeconds;

    public int Lost => Math.Max(0, Updates - RepliesSent);
}
