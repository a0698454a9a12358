using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Hosting;

public static class TimerJobServiceCollectionExtensions
{
    /// <summary>Declares a timer function's work (see <see cref="TimerJob"/>); a later declaration of the same
    /// name replaces an earlier one.</summary>
    public static IServiceCollection AddTimerJob(
        this IServiceCollection services, string name, Func<IServiceProvider, CancellationToken, Task> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        services.AddSingleton(new TimerJob(name, run));
        return services;
    }
}
