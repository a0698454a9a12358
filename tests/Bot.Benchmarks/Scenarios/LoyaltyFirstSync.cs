using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Bot.Emulator;
using Bot.Engine.Storage;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Sync;
using Bot.Features.Loyalty.YClients;
using Bot.LocalHost;
using Bot.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.Scenarios;

/// <summary><c>--loyalty-sync [count] [--max-seconds N] [--parallelism P]</c>: a first BonusSync of <c>count</c> (default
/// <see cref="DefaultRecords"/>) paid sandbox records (no phone linked, the usual first run) through the real YCLIENTS
/// client at its default pace (4 requests a second, 200 a page), against the Azurite on 127.0.0.1:10000 with its own
/// prefix. Prints the time, storage operations per record (client side, <see cref="StorageOperationCounter"/>) and
/// requests per second to YCLIENTS. Bounded: one run, cancelled after <c>--max-seconds</c> (default
/// <see cref="DefaultMaxSeconds"/>) or at SIGTERM/Ctrl+C (the host's console lifetime turns those into "stopping"
/// and waits for Main: the run must listen to that, or a <c>timeout</c> around it would not stop it); a cancelled run
/// prints what it did so far and exits 2.</summary>
internal static class LoyaltyFirstSync
{
    public const string Flag = "--loyalty-sync";
    public const string MaxSecondsFlag = "--max-seconds";
    public const string ParallelismFlag = "--parallelism";
    public const int DefaultRecords = 10_000;
    public const int DefaultMaxSeconds = 900;

    public static async Task<int> RunAsync(string[] args)
    {
        var (records, maxSeconds, parallelism) = ReadArguments(args);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [LocalHostSettings.Urls] = "http://127.0.0.1:0",
            [LocalHostSettings.StorageConnectionString] = "UseDevelopmentStorage=true",
            ["Storage:Prefix"] = "bl" + Guid.NewGuid().ToString("N")[..8],
            ["Features:Enabled"] = LoyaltyFlow.FlowName,
            [LocalHostSettings.Banner] = "false",
            ["Loyalty:YClients:CompanyId"] = "1",
            ["Loyalty:YClients:PartnerToken"] = new EmulatorOptions().YClientsPartnerToken,
            ["Loyalty:YClients:UserToken"] = new EmulatorOptions().YClientsUserToken,
            ["BonusSyncSchedule"] = "0 0 0 1 1 *",
            [LocalHostSettings.SandboxWebhooks] = "false",
        });
        if (parallelism is { } p)
        {
            builder.Configuration["Loyalty:SyncParallelism"] = p.ToString(CultureInfo.InvariantCulture);
        }
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<StorageOperationCounter>();
        await builder.AddLocalHostAsync();
        builder.Services.AddSingleton<IPostConfigureOptions<LoyaltyOptions>>(sp => new PostConfigureOptions<LoyaltyOptions>(
            Options.DefaultName, o => o.YClients.BaseUrl = sp.GetRequiredService<LocalHostAddress>().Url + "/emulator/yclients/api/v1"));
        await using var app = builder.Build();
        app.MapLocalHost();
        await app.StartAsync();

        // The whole scenario is bounded: the time limit, and the host stopping (SIGTERM from `timeout`, Ctrl+C).
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        bound.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
        var url = app.Services.GetRequiredService<LocalHostAddress>().Url;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        (await http.PostAsJsonAsync("/emulator/yclients/records/bulk", new { count = records, amount = 1500, paid = true }, bound.Token)).EnsureSuccessStatusCode();

        var counter = app.Services.GetRequiredService<StorageOperationCounter>();
        var limiter = app.Services.GetRequiredService<YClientsRateLimiter>();
        var sync = app.Services.GetRequiredService<BonusSync>();
        counter.Reset();
        var requestsBefore = limiter.Requests;
        var watch = Stopwatch.StartNew();
        SyncResult? result = null;
        try
        {
            result = await sync.RunAsync(bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            // Stopped by the bound: report what was done so far.
        }

        watch.Stop();
        var requests = limiter.Requests - requestsBefore;
        var ops = counter.Snapshot();

        var inv = CultureInfo.InvariantCulture;
        if (result is null)
        {
            var recorded = (await app.Services.GetRequiredService<BonusBook>().LogAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-2), CancellationToken.None)).Count;
            Console.WriteLine($"| first sync of {records:N0} paid sandbox records | STOPPED after {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s ({(app.Lifetime.ApplicationStopping.IsCancellationRequested ? "the host was asked to stop" : $"limit {maxSeconds} s")}), {recorded} bonuses recorded |");
        }
        else
        {
            Console.WriteLine($"| first sync of {records:N0} paid sandbox records | {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s, {result.Pages} pages, {result.NewBonuses} new bonuses, error: {result.Error ?? "none"} |");
        }

        Console.WriteLine($"| storage operations per record | {(counter.Total / (double)records).ToString("0.00", inv)} ({string.Join(", ", ops.OrderBy(o => o.Key).Select(o => $"{o.Key} {(o.Value / (double)records).ToString("0.00", inv)}"))}) |");
        Console.WriteLine($"| requests to YCLIENTS | {requests} in {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s = {(requests / watch.Elapsed.TotalSeconds).ToString("0.00", inv)}/s (limit {limiter.RequestsPerSecond.ToString(inv)}/s) |");
        await app.StopAsync(CancellationToken.None);
        return result is null ? 2 : result.Error is null && result.NewBonuses == records ? 0 : 1;
    }

    /// <summary><c>[count] [--max-seconds N] [--parallelism P]</c> after the flag; a bad value throws with what is expected.</summary>
    private static (int Count, int MaxSeconds, int? Parallelism) ReadArguments(string[] args)
    {
        var count = DefaultRecords;
        var maxSeconds = DefaultMaxSeconds;
        int? parallelism = null;
        var at = Array.IndexOf(args, Flag);
        for (var i = at + 1; i < args.Length; i++)
        {
            if (args[i] == MaxSecondsFlag && i + 1 < args.Length)
            {
                maxSeconds = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                    ? s
                    : throw new ArgumentException($"{MaxSecondsFlag} takes a whole number of seconds above 0, not '{args[i]}'");
            }
            else if (args[i] == ParallelismFlag && i + 1 < args.Length)
            {
                parallelism = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 64
                    ? p
                    : throw new ArgumentException($"{ParallelismFlag} takes a whole number from 1 to 64, not '{args[i]}'");
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                count = n is >= 1 and <= 1_000_000 ? n : throw new ArgumentException($"the record count must be from 1 to 1000000, not {n}");
            }
            else
            {
                throw new ArgumentException($"{Flag} takes [count] [{MaxSecondsFlag} N] [{ParallelismFlag} P], not '{args[i]}'");
            }
        }

        return (count, maxSeconds, parallelism);
    }
}
