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

/// <summary><c>--loyalty-sync</c>: a first BonusSync of <see cref="Records"/> paid sandbox records (no phone linked,
/// the usual first run) through the real YCLIENTS client at its default pace (4 requests a second, 200 a page),
/// against the Azurite on 127.0.0.1:10000 with its own prefix. Prints the time, storage operations per record
/// (client side, <see cref="StorageOperationCounter"/>) and requests per second to YCLIENTS. Bounded: one run.</summary>
internal static class LoyaltyFirstSync
{
    public const string Flag = "--loyalty-sync";
    public const int Records = 10_000;

    public static async Task<int> RunAsync()
    {
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
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<StorageOperationCounter>();
        await builder.AddLocalHostAsync();
        builder.Services.AddSingleton<IPostConfigureOptions<LoyaltyOptions>>(sp => new PostConfigureOptions<LoyaltyOptions>(
            Options.DefaultName, o => o.YClients.BaseUrl = sp.GetRequiredService<LocalHostAddress>().Url + "/emulator/yclients/api/v1"));
        await using var app = builder.Build();
        app.MapLocalHost();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<LocalHostAddress>().Url;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        (await http.PostAsJsonAsync("/emulator/yclients/records/bulk", new { count = Records, amount = 1500, paid = true })).EnsureSuccessStatusCode();

        var counter = app.Services.GetRequiredService<StorageOperationCounter>();
        var limiter = app.Services.GetRequiredService<YClientsRateLimiter>();
        var sync = app.Services.GetRequiredService<BonusSync>();
        counter.Reset();
        var requestsBefore = limiter.Requests;
        var watch = Stopwatch.StartNew();
        var result = await sync.RunAsync(CancellationToken.None);
        watch.Stop();
        var requests = limiter.Requests - requestsBefore;
        var ops = counter.Snapshot();

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"| first sync of {Records:N0} paid sandbox records | {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s, {result.Pages} pages, {result.NewBonuses} new bonuses, error: {result.Error ?? "none"} |");
        Console.WriteLine($"| storage operations per record | {(counter.Total / (double)Records).ToString("0.00", inv)} ({string.Join(", ", ops.OrderBy(o => o.Key).Select(o => $"{o.Key} {(o.Value / (double)Records).ToString("0.00", inv)}"))}) |");
        Console.WriteLine($"| requests to YCLIENTS | {requests} in {watch.Elapsed.TotalSeconds.ToString("0.0", inv)} s = {(requests / watch.Elapsed.TotalSeconds).ToString("0.00", inv)}/s (limit {limiter.RequestsPerSecond.ToString(inv)}/s) |");
        await app.StopAsync();
        return result.Error is null && result.NewBonuses == Records ? 0 : 1;
    }
}
