using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
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
/// and with a threshold due on every open order (each acted on once; a second run finds nothing).
/// Bounded in count and time: <c>--closed N</c> (at most 100,000), <c>--open N</c> (at most 5,000), <c>--runs N</c>
/// "nothing due" runs (at most 20), and <c>--max-seconds S</c> for the whole scenario (default 300, at most 1,800):
/// past it the scenario stops, says so and exits with 2. Its tables and queues are deleted at the end either way.
/// A smoke run: <c>-- --sla --closed 1000 --open 50 --runs 2 --max-seconds 60</c>.</summary>
public static class SlaEscalationRun
{
    public const string Flag = "--sla";
    public const int Closed = 10_000;
    public const int Open = 200;
    public const int Runs = 5;
    public const int MaxSeconds = 300;
    private const string ConnectionString = "UseDevelopmentStorage=true";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        int closed, open, runs, maxSeconds;
        try
        {
            closed = Option(args, "--closed", Closed, 0, 100_000);
            open = Option(args, "--open", Open, 1, 5_000);
            runs = Option(args, "--runs", Runs, 1, 20);
            maxSeconds = Option(args, "--max-seconds", MaxSeconds, 10, 1_800);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        var prefix = "sla" + Guid.NewGuid().ToString("N")[..8];
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
        var total = Stopwatch.StartNew();
        try
        {
            await RunScenarioAsync(prefix, closed, open, runs, budget.Token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {total.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            Console.WriteLine($"stopped: the scenario did not finish within --max-seconds {maxSeconds}");
            return 2;
        }
        finally
        {
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await DeleteStorageAsync(prefix, cleanup.Token);
        }
    }

    private static async Task RunScenarioAsync(string prefix, int closed, int open, int runs, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:Prefix"] = prefix,
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
        await SeedAsync(storage, now, closed, open, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {closed} closed + {open} open orders in {seeding.Elapsed.TotalSeconds:F1} s"));

        var sla = provider.GetRequiredService<SlaEscalation>();
        var counter = provider.GetRequiredService<StorageOperationCounter>();
        await sla.RunAsync(ct); // warm: reference snapshot, connections
        Console.WriteLine("| run | thresholds acted on | time | table reads | table transactions | table writes | queue sends |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        for (var i = 1; i <= runs; i++)
        {
            await MeasureAsync($"nothing due #{i}", sla, counter, ct);
        }

        await MarkAllDueAsync(storage, now, closed, open, ct);
        await MeasureAsync($"all {open} due (widen)", sla, counter, ct);
        await MeasureAsync("the same again", sla, counter, ct);
    }

    /// <summary>"--name N" within [min, max], or the default when absent.</summary>
    private static int Option(string[] args, string name, int fallback, int min, int max)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return fallback;
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} takes a whole number from {min} to {max}");
    }

    /// <summary>Deletes the scenario's tables and queues (everything under its prefix) from the shared Azurite.</summary>
    private static async Task DeleteStorageAsync(string prefix, CancellationToken ct)
    {
        try
        {
            var tables = new TableServiceClient(ConnectionString);
            await foreach (var table in tables.QueryAsync(filter: $"TableName ge '{prefix}' and TableName lt '{prefix}~'", cancellationToken: ct))
            {
                await tables.DeleteTableAsync(table.Name, ct);
            }

            var queues = new QueueServiceClient(ConnectionString);
            await foreach (var queue in queues.GetQueuesAsync(prefix: prefix.ToLowerInvariant(), cancellationToken: ct))
            {
                await queues.DeleteQueueAsync(queue.Name, ct);
            }
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException)
        {
            Console.Error.WriteLine($"could not delete the storage under prefix {prefix}: {ex.Message}");
        }
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
    private static async Task SeedAsync(BotStorage storage, DateTimeOffset now, int closed, int open, CancellationToken ct)
    {
        var orders = storage.Table(HelpdeskTables.Orders);
        var index = storage.Table(HelpdeskTables.Index);
        var all = Enumerable.Range(0, closed + open).Select(i => new Order
        {
            OrderId = $"B{i:D9}",
            ClientId = 1000 + (i % 50),
            Description = "benchmark",
            CreatedAt = now.AddMinutes(-5),
            Status = i < closed ? OrderStatus.Done : OrderStatus.Created,
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
            var opened = chunk.Where(o => o.Status == OrderStatus.Created).ToArray();
            if (opened.Length > 0)
            {
                await index.SubmitTransactionAsync(opened.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(OrderIndex.OpenPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
            }
        }
    }

    /// <summary>Moves the open orders' creation 20 minutes back (20 % of the reaction time: the widen threshold).</summary>
    private static async Task MarkAllDueAsync(BotStorage storage, DateTimeOffset now, int closed, int open, CancellationToken ct)
    {
        var orders = storage.Table(HelpdeskTables.Orders);
        var index = storage.Table(HelpdeskTables.Index);
        var due = Enumerable.Range(closed, open).Select(i => new Order
        {
            OrderId = $"B{i:D9}",
            ClientId = 1000 + (i % 50),
            Description = "benchmark",
            CreatedAt = now.AddMinutes(-20),
            ReactionMinutes = 60,
            ResolutionMinutes = 240,
            AssignedFirst = true,
        }).ToArray();
        foreach (var chunk in due.Chunk(100))
        {
            await orders.SubmitTransactionAsync(chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(HelpdeskTables.OrdersPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
            await index.SubmitTransactionAsync(chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(OrderIndex.OpenPartition, o.OrderId) { ["Json"] = JsonSerializer.Serialize(o, EngineJson.Options) })), ct);
        }
    }
}
