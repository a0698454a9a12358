namespace Bot.LocalHost.Functions;

/// <summary>A function of the Functions app that the local host can run: on its timer schedule
/// (<c>{Name}Schedule</c>) and by hand through <c>POST /admin/functions/{name}</c>. Register one per
/// timer with <see cref="LocalFunctionServiceCollectionExtensions.AddLocalFunction"/>.</summary>
public sealed record LocalFunction(string Name, Func<IServiceProvider, CancellationToken, Task> RunAsync);
