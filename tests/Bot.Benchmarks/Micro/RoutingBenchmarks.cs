using BenchmarkDotNet.Attributes;
using Bot.Engine.Routing;
using Bot.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks.Micro;

/// <summary><see cref="RouteTable.Resolve"/> on the real table of every flow: a global command, a state
/// route, a callback by prefix, and text that falls through to the fallback.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private ServiceProvider _services = null!;
    private RouteTable _routes = null!;
    private readonly Input _start = new() { Kind = InputKind.Command, CommandName = "/start" };
    private readonly Input _text = new() { Kind = InputKind.Text, Text = "hello" };
    private readonly Input _callback = new() { Kind = InputKind.Callback, CallbackData = "wallet:topup" };

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Telegram:BotToken"] = "1:bench",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddBotFeatures(configuration).BuildServiceProvider();
        _routes = _services.GetRequiredService<Router>().Table;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Handler? GlobalCommand() => _routes.Resolve("menu", _start);

    [Benchmark]
    public Handler? CallbackPrefix() => _routes.Resolve("menu", _callback);

    [Benchmark]
    public Handler? TextFallback() => _routes.Resolve("menu", _text);
}
