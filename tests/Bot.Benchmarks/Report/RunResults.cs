using Bot.Benchmarks.Scenarios;

namespace Bot.Benchmarks.Report;

internal sealed record RunResults(
    IReadOnlyList<LatencyStep> Latency,
    QuietReplyResult QuietReply,
    EndToEndResult ManyUsers,
    EndToEndResult OneUser,
    CeilingResult Ceiling,
    BroadcastResult Broadcast,
    double HostPeakWorkingSetMiB,
    TimeSpan RunTime);
