using BenchmarkDotNet.Running;
using Bot.Benchmarks.Load;
using Bot.Benchmarks.Micro;
using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks;

/// <summary>Five modes: the pipeline run (default; drives a local host child process and prints one
/// markdown table), <c>--quiet-bot</c> (only the quiet-bot reply latency, about 45 s), <c>--shop</c> (100
/// users buy from a stock of 10 at once, about a minute), <c>--micro</c>
/// (BenchmarkDotNet hot paths) and <c>--serve</c> (the local host with a storage operation counter,
/// started by the pipeline run).</summary>
public static class BenchmarkProgram
{
    /// <summary>Runs only the "reply latency on a quiet bot" scenario (about 45 s).</summary>
    public const string QuietBotFlag = "--quiet-bot";

    /// <summary>Runs only the paced broadcast of 2,000 under 30/s (about 2 minutes).</summary>
    public const string BroadcastFlag = "--broadcast";

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains(BenchHost.Flag))
        {
            return await BenchHost.RunAsync(args.Where(a => a != BenchHost.Flag).ToArray());
        }

        if (args.Contains(MicroConfig.Flag))
        {
            var rest = args.Where(a => a != MicroConfig.Flag).ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
                .Run(rest.Length == 0 ? ["--filter", "*"] : rest, MicroConfig.Create());
            return 0;
        }

        if (args.Contains(Scenarios.ShopPurchase.Flag))
        {
            return await Scenarios.ShopPurchase.RunStandaloneAsync(CancellationToken.None);
        }

        if (args.Contains(Scenarios.SlaEscalationRun.Flag))
        {
            return await Scenarios.SlaEscalationRun.RunAsync(args, CancellationToken.None);
        }

        if (args.Contains(Scenarios.ScheduledMorning.Flag))
        {
            return await Scenarios.ScheduledMorning.RunAsync(args);
        }

        if (args.Contains(Scenarios.LoyaltyFirstSync.Flag))
        {
            return await Scenarios.LoyaltyFirstSync.RunAsync(args);
        }

        if (args.Contains(QuietBotFlag))
        {
            return await PipelineRun.RunQuietAsync(CancellationToken.None);
        }

        if (args.Contains(BroadcastFlag))
        {
            return await PipelineRun.RunBroadcastAsync(CancellationToken.None);
        }

        return await PipelineRun.RunAsync(CancellationToken.None);
    }
}
