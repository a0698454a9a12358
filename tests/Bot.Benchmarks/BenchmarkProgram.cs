using BenchmarkDotNet.Running;
using Bot.Benchmarks.Load;
using Bot.Benchmarks.Micro;
using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks;

/// <summary>Three modes: the pipeline run (default; drives a local host child process and prints one
/// markdown table), <c>--micro</c> (BenchmarkDotNet hot paths) and <c>--serve</c> (the local host with a
/// storage operation counter, started by the pipeline run).</summary>
public static class BenchmarkProgram
{
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

        return await PipelineRun.RunAsync(CancellationToken.None);
    }
}
