using Bot.Features.Common;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.YClients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Emulator.Tests.YClients;

/// <summary>The bot's real YCLIENTS client (Bot.Features) against the emulator's sandbox, in-process.</summary>
public sealed class YClientsClientAgainstSandboxTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IYClientsClient Client(string userToken = "emulator-user-token", int pageSize = 2)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Loyalty:YClients:BaseUrl"] = _app.BaseUrl + "/emulator/yclients/api/v1",
            ["Loyalty:YClients:CompanyId"] = "1",
            ["Loyalty:YClients:PartnerToken"] = "emulator-partner-token",
            ["Loyalty:YClients:UserToken"] = userToken,
            ["Loyalty:YClients:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Loyalty:YClients:RequestsPerSecond"] = "1000",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLoyalty(configuration);
        return services.BuildServiceProvider().GetRequiredService<IYClientsClient>();
    }

    [Fact]
    public async Task ThreePages_AreReadInFull_WithTheSandboxQuirks()
    {
        await _app.PostAsync("/emulator/yclients/records", new { phone = "8 999 123-45-67", amount = 2500, paid = true });
        await _app.PostAsync("/emulator/yclients/records", new { amount = 700, paid = true });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234568", amount = 1000 });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234569", amount = 99.5, paid = true });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234560", amount = 1234.56, paid = true });

        var pages = new List<YClientsRecordPage>();
        await foreach (var page in Client().GetRecordsAsync(new YClientsRecordQuery(), CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Records.Count));
        Assert.All(pages, p => Assert.Empty(p.Problems));
        var records = pages.SelectMany(p => p.Records).ToList();
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.Id));
        Assert.Equal("+79991234567", Phones.Normalize(records[0].Client!.Phone));
        Assert.Null(records[1].Client);
        Assert.Equal("100003", records[2].VisitId);
        Assert.Equal(1234.56m, BonusRule.PaidAmount(records[4]));
        Assert.Equal([25, 7, 0, 0, 12], records.Select(r => BonusRule.Evaluate(r, 1m)?.Points ?? 0));
        Assert.All(records, r => Assert.Equal(TimeSpan.FromHours(3), r.LastChangeDate!.Value.Offset));
    }

    [Fact]
    public async Task ChangedAfter_FromARecordsLastChangeDate_GivesOnlyLaterChanges()
    {
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 100 });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234568", amount = 200 });
        var client = Client();
        var first = await client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None);
        var cursor = first.Records.Max(r => r.LastChangeDate!.Value);
        await _app.PostAsync("/emulator/clock/advance", new { minutes = 5 });
        await _app.PostAsync("/emulator/yclients/records/2", new { paid = true });

        var later = await client.GetRecordsPageAsync(new YClientsRecordQuery(cursor.AddSeconds(1)), 1, CancellationToken.None);

        var changed = Assert.Single(later.Records);
        Assert.Equal(2, changed.Id);
        Assert.True(BonusRule.IsPaid(changed));
    }

    [Fact]
    public async Task WrongToken_ThrowsAnAuthorizationError_WithYClientsMessage()
    {
        var ex = await Assert.ThrowsAsync<YClientsException>(() => Client(userToken: "stale").GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.True(ex.IsAuthorizationError);
        Assert.Equal("Необходима авторизация", ex.YClientsMessage);
    }

    [Fact]
    public async Task WebhookEvents_FromTheSandbox_ParseIntoTheSameRecordModel()
    {
        await _app.PostAsync("/emulator/yclients/webhook", new { url = _app.HookUrl });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 2500 });
        await _app.PostAsync("/emulator/yclients/records/1", new { paid = true });

        var delivered = await _app.Receiver.WaitForDeliveredAsync(2);
        var events = delivered.SelectMany(d => YClientsWebhook.Parse(d.Update.ToJsonString())).ToList();

        Assert.Equal(["create", "update"], events.Select(e => e.Status));
        Assert.False(BonusRule.IsPaid(events[0].Record!));
        Assert.Equal(25, BonusRule.Evaluate(events[1].Record!, 1m)!.Points);
    }

    [Fact]
    public async Task OneRecord_IsReadById_AnUnreadableOneIsAProblem_AnUnknownIdIs404()
    {
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234567", amount = 2500, paid = true });
        await _app.PostAsync("/emulator/yclients/records", new { phone = "+79991234568", amount = 900, paid = true, unreadable = true });
        var client = Client();

        var one = await client.GetRecordAsync(1, CancellationToken.None);
        var broken = await client.GetRecordAsync(2, CancellationToken.None);
        var page = await client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None);
        var unknown = await Assert.ThrowsAsync<YClientsException>(() => client.GetRecordAsync(99, CancellationToken.None));
        await _app.PostAsync("/emulator/yclients/records/2", new { unreadable = false });
        var repaired = await client.GetRecordAsync(2, CancellationToken.None);

        Assert.Equal(25, BonusRule.Evaluate(Assert.Single(one.Records), 1m)!.Points);
        Assert.Equal(2, Assert.Single(broken.Problems).RecordId);
        Assert.Contains("не указана", broken.Problems[0].Raw, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(page.Problems).RecordId);
        Assert.Equal(404, unknown.StatusCode);
        Assert.Equal("Запись не найдена", unknown.YClientsMessage);
        Assert.Equal(9, BonusRule.Evaluate(Assert.Single(repaired.Records), 1m)!.Points);
    }
}
