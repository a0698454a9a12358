using System.Net;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Helpdesk;

/// <summary>Tariffs through the admin API: changes of different tariffs at the same moment all survive (each change is
/// conditional on the stored list's version and is read and applied again when another change landed first).</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HelpdeskTariffsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await HelpdeskHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Concurrent_puts_and_deletes_of_different_tariffs_all_survive()
    {
        await _host.TariffAsync("old1", orders: 1, reaction: 10, resolution: 20, assignedOnly: false);
        await _host.TariffAsync("old2", orders: 2, reaction: 10, resolution: 20, assignedOnly: false);
        await _host.TariffAsync("keep", orders: 3, reaction: 10, resolution: 20, assignedOnly: false);

        // Twelve new tariffs, a change of "keep" and two deletes, all at once.
        var puts = Enumerable.Range(1, 12).Select(i => (Task)_host.TariffAsync($"t{i:D2}", orders: i, reaction: 30, resolution: 60, assignedOnly: i % 2 == 0));
        var change = _host.TariffAsync("keep", orders: 33, reaction: 15, resolution: 45, assignedOnly: true);
        var deletes = new[] { "old1", "old2" }.Select(async id =>
        {
            using var response = await _host.AdminAsync(HttpMethod.Delete, $"/api/admin/helpdesk/tariffs/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        await Task.WhenAll(puts.Append(change).Concat(deletes));

        var list = (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/tariffs")).AsArray();
        Assert.Equal(
            Enumerable.Range(1, 12).Select(i => $"t{i:D2}").Append("keep").Order(StringComparer.Ordinal),
            list.Select(t => t!["tariffId"]!.GetValue<string>()));
        Assert.All(Enumerable.Range(1, 12), i => Assert.Equal(i, list.Single(t => t!["tariffId"]!.GetValue<string>() == $"t{i:D2}")!["ordersPerPeriod"]!.GetValue<int>()));
        var keep = list.Single(t => t!["tariffId"]!.GetValue<string>() == "keep")!;
        Assert.Equal((33, 15, 45, true), (keep["ordersPerPeriod"]!.GetValue<int>(), keep["reactionMinutes"]!.GetValue<int>(),
            keep["resolutionMinutes"]!.GetValue<int>(), keep["assignedContractorsOnly"]!.GetValue<bool>()));

        using var gone = await _host.AdminAsync(HttpMethod.Delete, "/api/admin/helpdesk/tariffs/old1");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Concurrent_changes_of_different_settings_both_survive()
    {
        await Task.WhenAll(
            _host.AdminJsonAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"ORDER_RATE":900}"""),
            _host.AdminJsonAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"BILLING_DAY":15}"""),
            _host.AdminJsonAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"ASSIGNED_CONTRACTORS_TIME_LIMIT":40}"""));

        var read = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/settings");
        Assert.Equal((900, 15, 40), (read["ORDER_RATE"]!.GetValue<int>(), read["BILLING_DAY"]!.GetValue<int>(), read["ASSIGNED_CONTRACTORS_TIME_LIMIT"]!.GetValue<int>()));
    }
}
