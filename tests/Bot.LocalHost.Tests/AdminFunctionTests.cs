using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Engine.Outbox;
using Bot.Engine.Sessions;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests;

/// <summary><c>POST /admin/functions/{name}</c> and the function key, as the Functions host's admin API.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdminFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long UserId = 301;
    private TestHost _host = null!;

    // The sweep timer is kept from firing on its own, so only the admin call can send the row.
    public async Task InitializeAsync() => _host = await TestHost.StartAsync(
        azurite.ConnectionString,
        new Dictionary<string, string?> { ["OutboxSweepSchedule"] = TestHost.Never });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OutboxSweep_runs_only_with_the_function_key_and_sends_a_stale_outbox_row()
    {
        await _host.SendAsync(UserId, "/start");
        await _host.SettleAsync();
        await LeaveStaleOutboxRowAsync("left behind by a crash");

        var noKey = await _host.Http.PostAsJsonAsync("/admin/functions/OutboxSweep", new { });
        var wrongKey = await PostWithKeyAsync("/admin/functions/OutboxSweep", "not-the-key");
        await _host.SettleAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Contains("x-functions-key", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Contains("wrong function key", await wrongKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _host.BotMessagesAsync(UserId), m => m.Text == "left behind by a crash");

        var run = await PostWithKeyAsync("/admin/functions/OutboxSweep", _host.AdminKey);
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Single(await _host.BotMessagesAsync(UserId), m => m.Text == "left behind by a crash");
    }

    [Fact]
    public async Task The_key_may_come_as_the_code_query_parameter()
    {
        var run = await _host.Http.PostAsJsonAsync($"/admin/functions/reminders?code={Uri.EscapeDataString(_host.AdminKey)}", new { });
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal("Reminders", JsonNode.Parse(await run.Content.ReadAsStringAsync())!["function"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_function_is_404_with_the_known_names()
    {
        var response = await PostWithKeyAsync("/admin/functions/NoSuchTimer", _host.AdminKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
        Assert.Contains("NoSuchTimer", error, StringComparison.Ordinal);
        Assert.Contains("OutboxSweep", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_api_routes_need_the_key()
    {
        var withoutKey = await _host.Http.GetAsync("/api/admin/users?format=json");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/users?format=json");
        request.Headers.Add("x-functions-key", _host.AdminKey);
        var withKey = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("x-functions-key", key);
        return await _host.Http.SendAsync(request);
    }

    /// <summary>What a crash between commit and send leaves: a committed outbox row two minutes old.</summary>
    private async Task LeaveStaleOutboxRowAsync(string text)
    {
        var store = _host.Services.GetRequiredService<SessionStore>();
        var clock = _host.Services.GetRequiredService<TimeProvider>();
        var snapshot = await store.LoadAsync(UserId, CancellationToken.None);
        var session = snapshot.Session!;
        var next = session with { Seq = session.Seq + 1 };
        var row = new OutboxRow(UserId, UserPartition.OutboxKey(next.Seq, 0), OutboxItem.Message(UserId, text), clock.GetUtcNow().AddMinutes(-2));
        Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(snapshot, next, [], [row], CancellationToken.None));
    }
}
