using System.Net.Http.Json;
using Azure.Data.Tables;
using Bot.Engine.Storage;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.Sync;
using Bot.Features.Loyalty.YClients;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests.Loyalty;

/// <summary>The sync's guarantees on Azurite through the local host and the YCLIENTS sandbox (2 records a page):
/// one bonus and one notice per paid record whatever repeats, races or dies half-way.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BonusSyncTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long User = 6001;
    private const string Phone = "+79997770011";
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await LoyaltyHost.StartAsync(azurite.ConnectionString, pageSize: 2);
        await _host.LinkAsync(User, Phone);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Three_pages_then_a_rerun_give_one_bonus_and_one_notice_each()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _host.AddRecordAsync(i % 2 == 0 ? "8 999 777-00-11" : "+7 (999) 777 00 11", 1000m * i);
        }

        var first = await _host.SyncAsync();
        Assert.Equal(3, first.Pages);
        Assert.Equal(5, first.NewBonuses);
        var second = await _host.SyncAsync();
        Assert.Equal(0, second.NewBonuses);

        await LoyaltyEndToEndTests.WaitForAsync(async () => (await _host.NoticesAsync(User)).Count == 5);
        await _host.SyncAsync();
        Assert.Equal(5, (await _host.NoticesAsync(User)).Count);
        Assert.Equal(150m, await _host.PointsAsync(User));
        var log = await _host.BonusLogAsync();
        Assert.Equal(5, log.Count);
        Assert.All(log, e => Assert.True(e.Notified));

        // The notices went out as fan-outs of notices (one per recorded page; a rerun that finds a bonus not yet
        // marked notified sends it again in another, applied once), all queued, none left open.
        var fanOuts = _host.Services.GetRequiredService<BotStorage>().Table(StorageNames.FanOutsTable);
        var notices = await fanOuts.QueryAsync<TableEntity>(e => e.RowKey == "meta" && e.PartitionKey.CompareTo(BonusBook.NoticesPrefix) > 0
                                                                 && e.PartitionKey.CompareTo(BonusBook.NoticesPrefix + "~") < 0).ToListAsync();
        Assert.True(notices.Count >= 3, $"{notices.Count} fan-outs of notices");
        Assert.All(notices, m => Assert.Equal(("notices", m.GetInt32("Total")), (m.GetString("Kind"), m.GetInt32("Enqueued"))));
        Assert.True(notices.Sum(m => m.GetInt32("Total")) >= 5);
        Assert.Empty(await fanOuts.QueryAsync<TableEntity>(e => e.PartitionKey == "~open").ToListAsync());
    }

    [Fact]
    public async Task Overlapping_runs_and_the_webhook_racing_the_timer_give_one_bonus_per_record()
    {
        await _host.UseWebhookAsync();
        var adds = Enumerable.Range(1, 6).Select(i => _host.AddRecordAsync(Phone, 500m + i)).ToList();
        var sync = _host.Services.GetRequiredService<BonusSync>();
        var runs = Enumerable.Range(0, 3).Select(_ => sync.RunAsync(CancellationToken.None)).ToList();
        await Task.WhenAll(adds);
        await Task.WhenAll(runs);
        await Task.WhenAll(sync.RunAsync(CancellationToken.None), sync.RunAsync(CancellationToken.None));
        await _host.SettleAsync();

        await LoyaltyEndToEndTests.WaitForAsync(async () => (await _host.NoticesAsync(User)).Count >= 6);
        await _host.SyncAsync();
        Assert.Equal(6, (await _host.NoticesAsync(User)).Count);
        Assert.Equal(6 * 5m, await _host.PointsAsync(User));
        Assert.Equal(6, (await _host.BonusLogAsync()).Count);
    }

    [Fact]
    public async Task A_run_that_dies_half_way_through_a_page_is_completed_by_the_next_without_repeats()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _host.AddRecordAsync(Phone, 2000m);
        }

        // The dying run: page 1 read, its first record recorded, then the process is gone (no cursor written).
        var yclients = _host.Services.GetRequiredService<IYClientsClient>();
        var page = await yclients.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None);
        var percent = _host.Services.GetRequiredService<IOptions<LoyaltyOptions>>().Value.BonusPercent;
        var first = BonusRule.Evaluate(page.Records[0], percent)!;
        await _host.Services.GetRequiredService<BonusBook>().RecordAsync([first], "sync", CancellationToken.None);
        Assert.Null(await _host.Services.GetRequiredService<BonusSync>().ReadCursorAsync(CancellationToken.None));

        var next = await _host.SyncAsync();
        Assert.Equal(3, next.NewBonuses);
        Assert.NotNull(await _host.Services.GetRequiredService<BonusSync>().ReadCursorAsync(CancellationToken.None));
        await LoyaltyEndToEndTests.WaitForAsync(async () => (await _host.NoticesAsync(User)).Count == 4);
        await _host.SyncAsync();
        Assert.Equal(4, (await _host.NoticesAsync(User)).Count);
        Assert.Equal(80m, await _host.PointsAsync(User));
    }

    [Fact]
    public async Task A_YCLIENTS_error_keeps_the_cursor_and_the_next_run_catches_up()
    {
        await _host.AddRecordAsync(Phone, 3000m);
        (await _host.Http.PostAsJsonAsync("/emulator/yclients/outage", new { enabled = true, statusCode = 401 })).EnsureSuccessStatusCode();
        var failed = await _host.SyncAsync();
        Assert.NotNull(failed.Error);
        Assert.Null(await _host.Services.GetRequiredService<BonusSync>().ReadCursorAsync(CancellationToken.None));
        Assert.Empty(await _host.BonusLogAsync());

        (await _host.Http.PostAsJsonAsync("/emulator/yclients/outage", new { enabled = false })).EnsureSuccessStatusCode();
        var ok = await _host.SyncAsync();
        Assert.Null(ok.Error);
        Assert.Equal(1, ok.NewBonuses);
        await LoyaltyEndToEndTests.WaitForAsync(async () => await _host.PointsAsync(User) == 30m);
    }

    [Fact]
    public async Task An_unreadable_record_is_kept_retried_after_the_cursor_passed_it_and_gives_its_bonus_once_when_it_reads()
    {
        await _host.AddRecordAsync(Phone, 1000m);
        var bad = await _host.AddRecordAsync(Phone, 2000m, unreadable: true);
        var first = await _host.SyncAsync();
        Assert.Equal(1, first.Unreadable);
        Assert.Equal(1, first.NewBonuses);

        // A later record moves the cursor past the broken one: the next runs no longer list it, and still retry it.
        (await _host.AdvanceClockAsync(TimeSpan.FromMinutes(1))).EnsureSuccessStatusCode();
        await _host.AddRecordAsync(Phone, 3000m);
        await _host.SyncAsync();
        var past = await _host.SyncAsync();
        Assert.Equal(0, past.Unreadable);
        Assert.Equal(0, past.Recovered);
        var problem = Assert.Single(await ProblemsAsync(""))!;
        Assert.Equal(bad, (long)problem["recordId"]!);
        Assert.Equal("open", (string)problem["status"]!);
        Assert.Equal("sync", (string)problem["source"]!);
        Assert.Contains("cost is not a number", (string)problem["reason"]!, StringComparison.Ordinal);
        Assert.Contains("не указана", (string)problem["raw"]!, StringComparison.Ordinal);
        Assert.True((int)problem["attempts"]! >= 3, "kept by the first run, then retried by each later one");
        Assert.DoesNotContain(await _host.BonusLogAsync(), e => e.RecordId == bad);

        // Fixed in YCLIENTS: the retry reads it and so do the pages (it changed); one bonus, one notice, problem closed.
        (await _host.Http.PostAsJsonAsync($"/emulator/yclients/records/{bad}", new { unreadable = false })).EnsureSuccessStatusCode();
        var fixedRun = await _host.SyncAsync();
        Assert.Equal(1, fixedRun.Recovered);
        Assert.Equal(1, fixedRun.NewBonuses);
        Assert.Equal(0, (await _host.SyncAsync()).NewBonuses);
        Assert.Empty(await ProblemsAsync("?status=all"));
        await LoyaltyEndToEndTests.WaitForAsync(async () => (await _host.NoticesAsync(User)).Count == 3);
        await _host.SyncAsync();
        Assert.Equal(3, (await _host.NoticesAsync(User)).Count);
        Assert.Equal(60m, await _host.PointsAsync(User));
        Assert.Single(await _host.BonusLogAsync(), e => e.RecordId == bad);
    }

    [Fact]
    public async Task An_admin_dismisses_an_unreadable_record_and_it_is_no_longer_retried_until_it_changes_and_reads()
    {
        var bad = await _host.AddRecordAsync(Phone, 5000m, unreadable: true);
        await _host.SyncAsync();
        Assert.Single(await ProblemsAsync(""));

        using (var badKey = await _host.AdminAsync(HttpMethod.Post, "/api/admin/loyalty/problems/abc/dismiss"))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, badKey.StatusCode);
        }

        using (var unknown = await _host.AdminAsync(HttpMethod.Post, "/api/admin/loyalty/problems/999999/dismiss"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("no unreadable record 999999", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var dismissed = await _host.AdminAsync(HttpMethod.Post, $"/api/admin/loyalty/problems/{bad}/dismiss"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, dismissed.StatusCode);
            Assert.Equal("dismissed", (string)(await dismissed.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["status"]!);
        }

        // Seen again unchanged (the cursor includes its second): it stays dismissed and earns nothing.
        var again = await _host.SyncAsync();
        Assert.Equal(1, again.Unreadable);
        Assert.Empty(await ProblemsAsync(""));
        Assert.Equal("dismissed", (string)Assert.Single(await ProblemsAsync("?status=dismissed"))!["status"]!);
        Assert.Empty(await _host.BonusLogAsync());
        using (var badStatus = await _host.AdminAsync(HttpMethod.Get, "/api/admin/loyalty/problems?status=closed"))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, badStatus.StatusCode);
        }

        // Changed into a readable record: its bonus is given once and the kept problem is closed.
        (await _host.Http.PostAsJsonAsync($"/emulator/yclients/records/{bad}", new { unreadable = false })).EnsureSuccessStatusCode();
        Assert.Equal(1, (await _host.SyncAsync()).NewBonuses);
        Assert.Empty(await ProblemsAsync("?status=all"));
        await LoyaltyEndToEndTests.WaitForAsync(async () => await _host.PointsAsync(User) == 50m);
    }

    private async Task<System.Text.Json.Nodes.JsonArray> ProblemsAsync(string query)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, "/api/admin/loyalty/problems" + query);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>())!;
    }
}
