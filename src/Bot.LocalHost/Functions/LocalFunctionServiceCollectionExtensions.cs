using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Functions;

public static class LocalFunctionServiceCollectionExtensions
{
    /// <summary>Adds a function the local host runs on its schedule and by name; a later registration of
    /// the same name replaces an earlier one.</summary>
    public static IServiceCollection AddLocalFunction(
        this IServiceCollection services, string name, Func<IServiceProvider, CancellationToken, Task> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        services.AddSingleton(new LocalFunction(name, run));
        return services;
    }
}
