using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Broadcasts;

/// <summary>What an admin script does with the broadcasts API and the emulator, for the broadcast tests.</summary>
internal static class BroadcastScript
{
    public static async Task<HttpResponseMessage> AdminAsync(TestHost host, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", host.AdminKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return await host.Http.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<string> CreateAsync(TestHost host, object body) =>
        (await JsonAsync(await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", body), HttpStatusCode.Created))["id"]!.GetValue<string>();

    public static async Task<JsonNode> GetAsync(TestHost host, string id) =>
        await JsonAsync(await AdminAsync(host, HttpMethod.Get, "/api/admin/broadcasts/" + id), HttpStatusCode.OK);

    /// <summary>Polls the broadcast until <paramref name="done"/> holds (or fails after <paramref name="seconds"/>).</summary>
    public static async Task<JsonNode> WaitAsync(TestHost host, string id, Func<JsonNode, bool> done, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = await GetAsync(host, id);
            if (done(view))
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < deadline, $"broadcast {id} is still {view.ToJsonString()} after {seconds} s");
            await Task.Delay(500);
        }
    }

    /// <summary>Each user writes /start (so they have a session), a few at a time.</summary>
    public static async Task SeedUsersAsync(TestHost host, IReadOnlyList<long> users, string languageCode = "ru")
    {
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(users.Select(async user =>
        {
            await gate.WaitAsync();
            try
            {
                await host.SendAsync(user, "/start", "U" + user, languageCode);
            }
            finally
            {
                gate.Release();
            }
        }));
        await SettleAsync(host);
    }

    /// <summary>The emulator's settle waits 30 s at most; thousands of users on a busy machine take longer.</summary>
    public static async Task SettleAsync(TestHost host, int attempts = 10)
    {
        for (var i = 1; ; i++)
        {
            using var response = await host.Http.PostAsync("/emulator/settle", null);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(i < attempts, $"not settled after {attempts} × 30 s");
        }
    }

    public static async Task BlockBotAsync(TestHost host, long user) =>
        (await host.Http.PostAsync($"/emulator/users/{user}/block", null)).EnsureSuccessStatusCode();

    public static async Task LimitAsync(TestHost host, int? globalPerSecond) =>
        (await host.Http.PostAsJsonAsync("/emulator/limits", new { globalPerSecond, perChatPerSecond = (int?)null })).EnsureSuccessStatusCode();

    public static int Int(JsonNode view, string name) => view[name]!.GetValue<int>();
}
