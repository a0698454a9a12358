using Bot.Engine.Hosting;

namespace Bot.LocalHost.Functions;

/// <summary>The registered functions by name (case-insensitive, as the Functions host's admin API): the timer
/// jobs the engine and the flows declare, and any function added with AddLocalFunction.</summary>
public sealed class LocalFunctionRegistry(IEnumerable<TimerJob> jobs, IEnumerable<LocalFunction> functions)
{
    private readonly Dictionary<string, LocalFunction> _byName = jobs.Select(j => new LocalFunction(j.Name, j.RunAsync))
        .Concat(functions)
        .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<LocalFunction> All => _byName.Values;

    public IEnumerable<string> Names => _byName.Values.Select(f => f.Name).Order(StringComparer.Ordinal);

    public LocalFunction? Find(string name) => _byName.GetValueOrDefault(name);
}
