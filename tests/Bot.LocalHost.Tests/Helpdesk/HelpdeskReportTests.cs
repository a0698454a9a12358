using System.Net;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;
using SkiaSharp;

namespace Bot.LocalHost.Tests.Helpdesk;

/// <summary>The helpdesk report through the admin API and the owner's /report, against the orders the test makes.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HelpdeskReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long Client = 801;
    private const long Ivan = 802;
    private const long Petr = 803;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HelpdeskHost.StartAsync(azurite.ConnectionString);
        await _host.UsersAsync((HelpdeskHost.Owner, "Olga"), (Client, "Anna"), (Ivan, "Иван"), (Petr, "Пётр"));
        await _host.TariffAsync("pro", orders: 3, reaction: 30, resolution: 120, assignedOnly: false);
        await _host.GrantAsync(Ivan, "contractor");
        await _host.GrantAsync(Petr, "contractor");
        await _host.GrantAsync(Client, "client", "pro");
        await _host.SettleAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_report_counts_the_orders_made_in_json_csv_png_and_the_owners_summary()
    {
        var first = await _host.NewOrderAsync(Client, "Первый заказ");
        await _host.WaitForAsync(Ivan, t => t.Contains(first, StringComparison.Ordinal));
        await _host.PressAsync(Ivan, "Взять");
        await _host.SettleAsync();
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(10));
        await _host.PressAsync(Ivan, "Готово");
        await _host.SettleAsync();

        var second = await _host.NewOrderAsync(Client, "Второй заказ");
        await _host.WaitForAsync(Petr, t => t.Contains(second, StringComparison.Ordinal));
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(40)); // past the 30-minute reaction time: a "take" breach
        await _host.PressAsync(Petr, "Взять");
        await _host.SettleAsync();

        var report = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/report?format=json");
        var client = report["clients"]!.AsArray().Single(c => c!["userId"]!.GetValue<long>() == Client)!;
        Assert.Equal((2, 1, 1), (client["created"]!.GetValue<int>(), client["done"]!.GetValue<int>(), client["remaining"]!.GetValue<int>()));
        var ivan = report["contractors"]!.AsArray().Single(c => c!["userId"]!.GetValue<long>() == Ivan)!;
        Assert.Equal((1, 1, 500m), (ivan["taken"]!.GetValue<int>(), ivan["done"]!.GetValue<int>(), ivan["payout"]!.GetValue<decimal>()));
        Assert.InRange(ivan["avgMinutesToFinish"]!.GetValue<double>(), 10.0, 10.9);
        var petr = report["contractors"]!.AsArray().Single(c => c!["userId"]!.GetValue<long>() == Petr)!;
        Assert.Equal((1, 0, 0m), (petr["taken"]!.GetValue<int>(), petr["done"]!.GetValue<int>(), petr["payout"]!.GetValue<decimal>()));
        Assert.InRange(petr["avgMinutesToTake"]!.GetValue<double>(), 40.0, 40.9);
        var breach = Assert.Single(report["breaches"]!.AsArray());
        Assert.Equal((second, "take"), (breach!["orderId"]!.GetValue<string>(), breach["kind"]!.GetValue<string>()));
        Assert.InRange(breach["minutesLate"]!.GetValue<int>(), 10, 11); // the virtual clock also runs with real time

        using (var csv = await _host.AdminAsync(HttpMethod.Get, "/api/admin/helpdesk/report?format=csv"))
        {
            var lines = (await CsvDownload.ReadAsync(csv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("kind,userId,name", lines[0], StringComparison.Ordinal);
            Assert.Contains($"client,{Client},Anna,pro,2,1,1,,,,", lines);
            Assert.Contains(lines, l => l.StartsWith($"contractor,{Ivan},Иван,,,1,,1,500,", StringComparison.Ordinal));
        }

        using (var png = await _host.AdminAsync(HttpMethod.Get, "/api/admin/helpdesk/report?format=png"))
        {
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
            using var bitmap = SKBitmap.Decode(await png.Content.ReadAsByteArrayAsync());
            Assert.NotNull(bitmap);
            Assert.Equal((900, 500), (bitmap.Width, bitmap.Height));
            var drawn = DrawnPixels(bitmap);
            Assert.True(drawn > 2000, $"only {drawn} sampled pixels differ from the background");
        }

        using (var bad = await _host.AdminAsync(HttpMethod.Get, "/api/admin/helpdesk/report?from=2026-13-01&to=2026-12-31"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        // Olga is an owner through Helpdesk:OwnerIds (granted once the host started): /report sends the chart as a photo
        // (saved with FileStore, uploaded by the gateway) with the summary as its caption.
        await _host.SendAsync(HelpdeskHost.Owner, "/report");
        var summary = await _host.WaitForAsync(HelpdeskHost.Owner, t => t.StartsWith("Отчёт ", StringComparison.Ordinal));
        Assert.Contains("заказов 2, выполнено 1, в работе 1, нарушений SLA 1, к выплате 500 ₽.", summary.Text, StringComparison.Ordinal);
        var chat = (JsonArray)JsonNode.Parse(await _host.Http.GetStringAsync($"/emulator/users/{HelpdeskHost.Owner}/chat"))!;
        var photo = chat.Single(m => m!["id"]!.GetValue<long>() == summary.Id)!;
        Assert.Equal("photo", photo["kind"]!.GetValue<string>());
        using var chart = SKBitmap.Decode(await _host.Http.GetByteArrayAsync(photo["fileUrl"]!.GetValue<string>()));
        Assert.NotNull(chart);
        Assert.Equal((900, 500), (chart.Width, chart.Height));
        Assert.True(DrawnPixels(chart) > 2000, "the chart sent in the chat is blank");
    }

    /// <summary>Sampled pixels (every other row and column) that differ from the top-left one, the background.</summary>
    private static int DrawnPixels(SKBitmap bitmap)
    {
        var background = bitmap.GetPixel(0, 0);
        var drawn = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                drawn += bitmap.GetPixel(x, y) != background ? 1 : 0;
            }
        }

        return drawn;
    }
}
