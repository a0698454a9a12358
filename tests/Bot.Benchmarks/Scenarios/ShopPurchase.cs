using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bot.Benchmarks.Load;
using Bot.LocalHost.Azurite;

namespace Bot.Benchmarks.Scenarios;

/// <summary><c>--shop</c>: seed 001's shop under a rush. <see cref="Users"/> users with enough points each walk
/// through /catalog → category → product → «Купить» → city → pickup point → name → phone → «Пропустить» (each
/// step sent for all users at once, then the emulator settles), then all press «Подтвердить» at the same moment
/// on a stock of <see cref="Stock"/>. Measured from that moment: time until settled, final messages and
/// refusals, stock left, orders exported, points debited, and storage operations per purchase (confirmation to
/// final message or refusal, everything the host did). Bounded: the whole run is cancelled after 8 minutes (the preparation is 1 100 ordinary updates; on a quiet machine the run takes about a minute).</summary>
internal static class ShopPurchase
{
    public const string Flag = "--shop";
    public const int Users = 100;
    public const int Stock = 10;
    public const long Price = 100;
    private const string Done = "Спасибо за участие в игре! \n🎁 Как идет Ваш подарок можно увидеть по ссылке, которую Яндекс выслал в смс.";
    private const long FirstUser = 4_000_001;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunStandaloneAsync(CancellationToken outer)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(outer);
        limit.CancelAfter(TimeSpan.FromMinutes(8));
        var ct = limit.Token;
        var started = Stopwatch.StartNew();
        Console.Error.WriteLine("Starting Azurite (127.0.0.1, in memory)…");
        await using var azurite = await AzuriteLauncher.StartAsync(reuseRunning: false, ct: ct);
        var secret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var key = RandomNumberGenerator.GetHexString(32, lowercase: true);
        Console.Error.WriteLine("Starting the local host…");
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, secret, TimeSpan.FromSeconds(90),
            new Dictionary<string, string> { ["Admin__FunctionKey"] = key, ["Features__Enabled"] = "rewards" });
        using var client = new BotClient(host.Url, secret);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("x-functions-key", key);
        try
        {
            var result = await RunAsync(client, http, ct);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Shop purchase rush · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · .NET {Environment.Version} · run {started.Elapsed.TotalSeconds:F0} s"));
            Console.WriteLine();
            Console.WriteLine(result.Table);
            return result.Orders == Stock && result.Refusals == Users - Stock ? 0 : 1;
        }
        catch (Exception)
        {
            await Console.Error.WriteLineAsync("The run failed; the local host's last lines:\n" + host.Tail());
            throw;
        }
    }

    private static async Task<(string Table, int Orders, int Refusals)> RunAsync(BotClient client, HttpClient http, CancellationToken ct)
    {
        var users = Enumerable.Range(0, Users).Select(i => FirstUser + i).ToArray();
        (await http.PutAsJsonAsync("/api/admin/rewards/products/rush",
            new { title = "Приз", category = "Призы", pricePoints = Price, stock = Stock, description = "Десять штук" }, ct)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/api/admin/pvz",
            new[] { new { id = "msk-1", full_address = "Москва Варшавское шоссе 168" } }, ct)).EnsureSuccessStatusCode();
        await client.CreateUsersAsync(users, ct);

        Console.Error.WriteLine("Preparing 100 users up to the summary…");
        await StepAsync(client, http, users, u => Message(http, u, "/start", ct), ct);
        await ForAllAsync(users, u => Ok(http.PostAsJsonAsync($"/api/admin/users/{u}/balance", new { currency = "points", delta = 150, reason = "bench" }, ct)), ct);
        await StepAsync(client, http, users, u => Message(http, u, "/catalog", ct), ct);
        await StepAsync(client, http, users, u => Press(http, u, "Призы", ct), ct);
        await StepAsync(client, http, users, u => Press(http, u, $"Приз · {Price}", ct), ct);
        await StepAsync(client, http, users, u => Press(http, u, "Купить", ct), ct);
        await StepAsync(client, http, users, u => Message(http, u, "москва", ct), ct);
        await StepAsync(client, http, users, u => Press(http, u, "Москва Варшавское шоссе 168", ct), ct);
        await StepAsync(client, http, users, u => Message(http, u, "Иван", ct), ct);
        await StepAsync(client, http, users, u => Message(http, u, "Петров", ct), ct);
        await StepAsync(client, http, users, u => Message(http, u, "+79991234567", ct), ct);
        await StepAsync(client, http, users, u => Press(http, u, "Пропустить", ct), ct);

        Console.Error.WriteLine("All press «Подтвердить» at once…");
        await client.ResetOperationsAsync(ct);
        var rush = Stopwatch.StartNew();
        await ForAllAsync(users, u => Press(http, u, "Подтвердить", ct), ct, parallel: Users);
        var settled = await client.SettleAsync(SettleTimeout, ct);
        rush.Stop();
        var operations = await client.OperationsAsync(ct);

        var last = await Task.WhenAll(users.Select(async u =>
        {
            var chat = (JsonArray)JsonNode.Parse(await http.GetStringAsync($"/emulator/users/{u}/chat", ct))!;
            return (string?)chat.Last(m => (string?)m!["from"] == "bot")!["text"] ?? "";
        }));
        var orders = last.Count(t => t == Done);
        var refusals = last.Count(t => t.StartsWith("К сожалению, «Приз» закончился", StringComparison.Ordinal));
        var product = JsonNode.Parse(await http.GetStringAsync("/api/admin/rewards/products/rush", ct))!;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var exported = ((JsonArray)JsonNode.Parse(await http.GetStringAsync($"/api/admin/order/{today}-{today}", ct))!).Count;
        var usersJson = (JsonArray)JsonNode.Parse(await http.GetStringAsync("/api/admin/users?format=json", ct))!;
        var debited = usersJson.Where(u => users.Contains(u!["userId"]!.GetValue<long>()))
            .Sum(u => 150m - (u!["balances"]?["points"]?.GetValue<decimal>() ?? 0));

        var requests = operations.Http;
        var total = requests.Values.Sum();
        var byKind = string.Join(", ", requests.OrderByDescending(k => k.Value).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {(double)k.Value / Users:F2}")));
        return (string.Create(CultureInfo.InvariantCulture, $"""
            | measure | result |
            | --- | --- |
            | users pressing «Подтвердить» at once / stock | {Users} / {Stock} |
            | final messages (orders) / out-of-stock refusals / other | {orders} / {refusals} / {Users - orders - refusals} |
            | stock left / orders in the range export / points debited | {product["stock"]} / {exported} / {debited} (= {orders} × {Price}) |
            | from the presses to settled | {rush.Elapsed.TotalSeconds:F1} s (settled: {settled}) |
            | storage operations per purchase attempt (all the host's requests) | {(double)total / Users:F1}: {byKind} |
            """), orders, refusals);
    }

    private static async Task StepAsync(BotClient client, HttpClient http, long[] users, Func<long, Task> step, CancellationToken ct)
    {
        await ForAllAsync(users, step, ct);
        if (!await client.SettleAsync(SettleTimeout, ct))
        {
            throw new InvalidOperationException("The host did not settle.");
        }
    }

    private static Task ForAllAsync(long[] users, Func<long, Task> step, CancellationToken ct, int parallel = 16) =>
        Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (u, _) => await step(u));

    private static Task Message(HttpClient http, long user, string text, CancellationToken ct) =>
        Ok(http.PostAsJsonAsync($"/emulator/users/{user}/messages", new { text, firstName = "B" + user, languageCode = "ru" }, ct));

    private static Task Press(HttpClient http, long user, string button, CancellationToken ct) =>
        Ok(http.PostAsJsonAsync($"/emulator/users/{user}/callbacks", new { button }, ct));

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
