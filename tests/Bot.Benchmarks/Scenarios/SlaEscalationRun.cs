using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;
using Bot.Features;
using Bot.Features.Helpdesk;
using Bot.Features.Helpdesk.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks.Scenarios;

/// <summary><c>--sla</c>: the SlaEscalation timer with 10,000 closed and 200 open orders in the running Azurite
/// (127.0.0.1:10000; a fresh prefix): storage operations and time per run, with nothing due (the usual minute)
/// and with a threshold due on every open order (each acted on once; a second run finds nothing).</summary>
public static class SlaEscalationRun
{
    public const string Flag = "--sla";
    public const int Closed = 10_000;
    public const int Open = 200;

    public static async Task<int> RunAsync(CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:Prefix"] = "sla" + Guid.NewGuid().ToString("N")[..8],
            ["Features:Enabled"] = HelpdeskFlow.FlowName,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole())
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<StorageOperationCounter>();
        services.AddBotFeatures(configuration);
        await using var provider = services.BuildServiceProvider();
        await ActivatorUtilities.CreateInstance<StorageInitializer>(provider).StartAsync(ct);

        var storage = provider.GetRequiredService<BotStorage>();
        var now = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(storage, now, ct);
        Console.WriteLine($"seeded {Closed} closed + {Open} open orders in {seeding.Elapsed.TotalSeconds:F1} s");

        var sla = provider.GetRequiredService<SlaEscalation>();
        var counter = provider.GetRequiredService<StorageOperationCounter>();
        await sla.RunAsync(ct); // warm: reference snapshot, connections
        Console.WriteLine("| run | thresholds acted on | time | table reads | table transactions | table writes | queue sends |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        for (var i = 1; i <= 5; i++)
        {
            await MeasureAsync($"nothing due #{i}", sla, counter, ct);
        }

        await MarkAllDueAsync(storage, now, ct);
        await MeasureAsync("all 200 due (widen)", sla, counter, ct);
        await MeasureAsync("the same again", sla, counter, ct);
        return 0;
    }

    private static async Task MeasureAsync(string name, SlaEscalation sla, StorageOperationCounter counter, CancellationToken ct)
    {
        counter.Reset();
        var watch = Stopwatch.StartNew();
        var acted = await sla.RunAsync(ct);
        watch.Stop();
        Console.WriteLine($"| {name} | {acted} | {watch.Elapsed.TotalMilliseconds:F0} ms | {counter["table.read"]} | {counter["table.transaction"]} | {counter["table.write"]} | {counter["queue.send"]} |");
    }

    /// <summary>Closed orders in the order table and their month index partition; open ones also in the open partition.</summary>
    private static async Task SeedAsync(BotStorage storage, DateTimeOffset now, CancellationToken ct)
    {
        var orders = storage.Table(HelpdeskTables.Orders);
        var index = storage.Table(HelpdeskTables.Index);
        var all = Enumerable.Range(0, Closed + Open).Select(i => new Order
        {
            OrderId = $"B{i:D9}",
            ClientId = 1000 + (i % 50),
            Description = "benchmark",
            CreatedAt = now.AddMinutes(-5),
            Status = i < Closed ? OrderStatus.Done : OrderStatus.Created,
            ReactionMinutes = 60,
            ResolutionMinutes = 240,
            AssignedFirst = true,
        }).ToArray();
        foreach (var chunk in all.Chunk(100))
        {
            var rows = chunk.Select(o => new TableEntity(HelpdeskTables.OrdersPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) }).ToArray();
            await orders.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
            await index.SubmitTransactionAsync(chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(OrderIndex.MonthPartition(o.CreatedAt), o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
            var open = chunk.Where(o => o.Status == OrderStatus.Created).ToArray();
            if (open.Length > 0)
            {
                await index.SubmitTransactionAsync(open.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(OrderIndex.OpenPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
            }
        }
    }

    /// <summary>Moves the open orders' creation 20 minutes back (20 % of the reaction time: the widen threshold).</summary>
    private static async Task MarkAllDueAsync(BotStorage storage, DateTimeOffset now, CancellationToken ct)
    {
        var orders = storage.Table(HelpdeskTables.Orders);
        var index = storage.Table(HelpdeskTables.Index);
        var open = Enumerable.Range(Closed, Open).Select(i => new Order
        {
            OrderId = $"B{i:D9}",
            ClientId = 1000 + (i % 50),
            Description = "benchmark",
            CreatedAt = now.AddMinutes(-20),
            ReactionMinutes = 60,
            ResolutionMinutes = 240,
            AssignedFirst = true,
        }).ToArray();
        foreach (var chunk in open.Chunk(100))
        {
            await orders.SubmitTransactionAsync(chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(HelpdeskTables.OrdersPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
            await index.SubmitTransactionAsync(chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(OrderIndex.OpenPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
        }
    }
}
