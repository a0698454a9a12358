using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks.Micro;

/// <summary>Short, in-process runs (no generated project to build): 3 warm-ups, 5 iterations, allocations
/// shown; artifacts in the temp folder, not the working tree.</summary>
internal static class MicroConfig
{
    public const string Flag = "--micro";

    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "bot-benchmarks"));
}
