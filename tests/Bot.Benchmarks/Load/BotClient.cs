using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Benchmarks.Serve;
using Bot.Engine.Inbox;

namespace Bot.Benchmarks.Load;

/// <summary>What the benchmarks say to the local host over HTTP: Telegram's webhook calls, the
/// emulator's controls (users, settle, limits, call log) and the bench counters.</summary>
internal sealed class BotClient(string baseUrl, string secret) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        MaxConnectionsPerServer = 512,
    })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(450),
    };

    private long _nextUpdateId = 1_000_000;

    public static string UpdateJson(long userId, long updateId, string text) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1700000000,"chat":{"id":{{{userId}}},"type":"private","first_name":"B{{{userId}}}"},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"B{{{userId}}}","language_code":"en"},"text":"{{{text}}}"}}""";

    /// <summary>One webhook call as Telegram makes it; true when answered 200.</summary>
    public async Task<bool> WebhookAsync(long userId, string text, CancellationToken ct)
    {
        var updateId = Interlocked.Increment(ref _nextUpdateId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram/webhook")
        {
            Content = new StringContent(UpdateJson(userId, updateId, text), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookReceiver.SecretHeader, secret);
        using var response = await _http.SendAsync(request, ct);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Makes the emulator know these users, so that sends to them are not "chat not found".</summary>
    public async Task CreateUsersAsync(IEnumerable<long> userIds, CancellationToken ct) =>
        await Parallel.ForEachAsync(userIds, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (id, token) =>
        {
            using var response = await _http.PostAsJsonAsync("/emulator/users", new { userId = id, firstName = "B" + id, languageCode = "en" }, token);
            response.EnsureSuccessStatusCode();
        });

    /// <summary>Sends the updates as fast as <paramref name="concurrency"/> connections allow; answers the failures.</summary>
    public async Task<int> SendAllAsync(IReadOnlyList<long> userPerUpdate, int concurrency, CancellationToken ct)
    {
        var failures = 0;
        await Parallel.ForEachAsync(userPerUpdate, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (user, token) =>
        {
            try
            {
                if (!await WebhookAsync(user, "hello", token))
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !token.IsCancellationRequested))
            {
                Interlocked.Increment(ref failures);
            }
        });
        return failures;
    }

    /// <summary>Waits for queues drained, workers idle and replies sent (the emulator's settle).</summary>
    public async Task<bool> SettleAsync(TimeSpan timeout, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsync(
            $"/emulator/settle?timeoutSeconds={(int)Math.Ceiling(timeout.TotalSeconds)}", null, ct);
        Console.Error.WriteLine($"    settle: {(int)response.StatusCode} after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return response.IsSuccessStatusCode;
    }

    public async Task<IReadOnlyList<BotApiCall>> CallsAsync(CancellationToken ct) =>
        await _http.GetFromJsonAsync<List<BotApiCall>>("/emulator/calls", Json, ct) ?? [];

    /// <summary>The calls to one chat only (<c>?chatId=</c>): cheap to poll while thousands of others are logged.</summary>
    public async Task<IReadOnlyList<BotApiCall>> CallsToAsync(long chatId, CancellationToken ct) =>
        await _http.GetFromJsonAsync<List<BotApiCall>>($"/emulator/calls?chatId={chatId}", Json, ct) ?? [];

    public async Task ClearCallsAsync(CancellationToken ct) => (await _http.DeleteAsync("/emulator/calls", ct)).EnsureSuccessStatusCode();

    public async Task SetGlobalLimitAsync(int perSecond, CancellationToken ct) =>
        (await _http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond = perSecond, perChatPerSecond = 0 }, ct)).EnsureSuccessStatusCode();

    public async Task<OperationSnapshot> OperationsAsync(CancellationToken ct) =>
        await _http.GetFromJsonAsync<OperationSnapshot>("/bench/operations", Json, ct) ?? throw new InvalidOperationException("No counts.");

    /// <summary><c>POST /api/admin/broadcasts</c> to everyone at once; answers the id.</summary>
    public async Task<string> CreateBroadcastAsync(string adminKey, string text, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/broadcasts") { Content = JsonContent.Create(new { text, segment = "all" }) };
        request.Headers.Add("x-functions-key", adminKey);
        using var response = await _http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/admin/broadcasts answered {(int)response.StatusCode}: {body}");
        }

        return System.Text.Json.Nodes.JsonNode.Parse(body)!["id"]!.GetValue<string>();
    }

    /// <summary><c>GET /api/admin/broadcasts/{id}</c>.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> BroadcastAsync(string adminKey, string id, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/broadcasts/" + id);
        request.Headers.Add("x-functions-key", adminKey);
        using var response = await _http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
    }

    public async Task ResetOperationsAsync(CancellationToken ct) => (await _http.PostAsync("/bench/operations/reset", null, ct)).EnsureSuccessStatusCode();

    /// <summary>Elapsed time of <paramref name="work"/>, for throughput.</summary>
    public static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started);
    }

    public void Dispose() => _http.Dispose();
}
