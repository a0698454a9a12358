namespace Bot.Engine.Hosting;

/// <summary>A timer function's work, declared once by the engine or a flow: the Functions app runs it from a
/// thin <c>[TimerTrigger("%{Name}Schedule%")]</c> class, the local host on the same schedule and through
/// <c>POST /admin/functions/{name}</c>. <see cref="Name"/> is the function name of CONTRACTS.md.</summary>
public sealed record TimerJob(string Name, Func<IServiceProvider, CancellationToken, Task> RunAsync);
