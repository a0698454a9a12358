using Bot.LocalHost.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Functions;

/// <summary>Runs a function once, counted as pipeline activity, with its failure logged (as the Functions
/// host logs a failed invocation) rather than thrown.</summary>
public sealed class FunctionRunner(
    IServiceProvider services,
    PipelineActivity activity,
    IHostApplicationLifetime lifetime,
    ILogger<FunctionRunner> log)
{
    /// <summary>Starts the function in the background and returns at once; the run counts as activity
    /// from this call on, so <c>POST /emulator/settle</c> waits for it.</summary>
    public void Start(LocalFunction function, string trigger)
    {
        var scope = activity.Begin();
        _ = Task.Run(async () =>
        {
            using (scope)
            {
                await RunAsync(function, trigger, lifetime.ApplicationStopping);
            }
        });
    }

    /// <summary>Runs the function and waits for it; false when it failed.</summary>
    public async Task<bool> RunAsync(LocalFunction function, string trigger, CancellationToken ct)
    {
        using var _ = activity.Begin();
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            await function.RunAsync(services, ct);
            log.LogInformation("Function {Function} ({Trigger}) succeeded in {Elapsed} ms",
                function.Name, trigger, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Function {Function} ({Trigger}) failed", function.Name, trigger);
            return false;
        }
    }
}
