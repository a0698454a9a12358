using System.Net.Http.Json;
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
}
