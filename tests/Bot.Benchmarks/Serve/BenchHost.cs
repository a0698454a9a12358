using Bot.Engine.Storage;
using Bot.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks.Serve;

/// <summary>The local host exactly as <c>src/Bot.LocalHost/Program.cs</c> builds it, plus a
/// <see cref="StorageOperationCounter"/> in its services (what <c>BotStorage</c> does) and an
/// <see cref="HttpStorageCounter"/> (what the host's queue workers do with their own clients), read
/// through <c>GET /bench/operations</c>. Prints <c>LISTENING {url}</c> once it serves; stops when its
/// standard input closes, so it never outlives the run that started it.</summary>
internal static class BenchHost
{
    public const string Flag = "--serve";
    public const string ListeningPrefix = "LISTENING ";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<StorageOperationCounter>();
        await builder.AddLocalHostAsync();
        var app = builder.Build();
        app.MapLocalHost();

        using var http = HttpStorageCounter.Start(app.Configuration[LocalHostSettings.StorageConnectionString]!);
        app.MapGet("/bench/operations", (StorageOperationCounter app) =>
            Results.Json(new OperationSnapshot(app.Snapshot(), http.Snapshot())));
        app.MapPost("/bench/operations/reset", (StorageOperationCounter app) =>
        {
            app.Reset();
            http.Reset();
            return Results.NoContent();
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine(ListeningPrefix + address);

        var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping));
        await app.StopAsync(TimeSpan.FromSeconds(10));
        await app.DisposeAsync();
        return 0;
    }
}
