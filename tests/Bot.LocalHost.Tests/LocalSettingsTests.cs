using Azure.Data.Tables;
using Bot.Engine.Storage;
using Bot.Features.Wallet;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests;

/// <summary>Local settings: emulator sandboxes declared by flows, Storage:Persist, the admin key, and what the banner says.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LocalSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task In_emulator_mode_the_wallets_declared_sandbox_is_applied_with_its_credentials()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);

        var options = host.Services.GetRequiredService<IOptions<WalletOptions>>().Value;
        var banner = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StartupBanner>().Single().Compose(host.Url);

        Assert.Equal(host.Url + YooKassaOptions.EmulatorSandboxPath, options.YooKassa.BaseUrl);
        Assert.Equal("100001", options.YooKassa.ShopId);
        Assert.False(string.IsNullOrEmpty(options.YooKassa.SecretKey));
        Assert.Contains($"Sandbox:                  Wallet:YooKassa:BaseUrl = {host.Url}{YooKassaOptions.EmulatorSandboxPath}", banner, StringComparison.Ordinal);
        Assert.Equal(host.Url + LocalHostSettings.AdminRoute, host.Services.GetRequiredService<IOptions<Bot.Engine.BotOptions>>().Value.AdminPanelUrl);
    }

    [Fact]
    public async Task A_configured_setting_wins_over_the_sandbox_and_its_credentials_are_not_filled_in()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Wallet:YooKassa:BaseUrl"] = "http://127.0.0.1:9/v3",
        });

        var options = host.Services.GetRequiredService<IOptions<WalletOptions>>().Value;

        Assert.Equal("http://127.0.0.1:9/v3", options.YooKassa.BaseUrl);
        Assert.Equal("", options.YooKassa.ShopId);
    }

    [Fact]
    public async Task Storage_Persist_keeps_Azurites_data_across_a_restart_and_a_configured_admin_key_stays()
    {
        var folder = Path.Combine(Path.GetTempPath(), "azurite-persist-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new Dictionary<string, string?>
        {
            [LocalHostSettings.StoragePersist] = "true",
            [LocalHostSettings.StorageDataFolder] = folder,
            ["Storage:Prefix"] = "p" + Guid.NewGuid().ToString("N")[..10],
            [LocalHostSettings.AdminFunctionKey] = "kept-key-123",
        };
        try
        {
            string banner;
            await using (var first = await TestHost.StartAsync(storageConnectionString: null, settings))
            {
                await first.SendAsync(701, "/start");
                await first.SettleAsync();
                banner = first.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StartupBanner>().Single().Compose(first.Url);
            }

            await using var second = await TestHost.StartAsync(storageConnectionString: null, settings);
            var sessions = second.Services.GetRequiredService<BotStorage>().Table(StorageNames.SessionsTable);
            var rows = new List<TableEntity>();
            await foreach (var row in sessions.QueryAsync<TableEntity>(e => e.PartitionKey == "701"))
            {
                rows.Add(row);
            }

            Assert.NotEmpty(rows);
            Assert.Equal("kept-key-123", second.AdminKey);
            Assert.Contains($"data kept in {folder} across restarts", banner, StringComparison.Ordinal);
            Assert.Contains("from Admin:FunctionKey: the same key across restarts", banner, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task By_default_Azurite_is_in_memory_and_the_banner_says_how_to_keep_data_and_key()
    {
        await using var host = await TestHost.StartAsync(storageConnectionString: null);

        var banner = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StartupBanner>().Single().Compose(host.Url);

        Assert.Contains("Azurite (in memory: gone at exit; Storage:Persist=true keeps it in .tools/azurite-data)", banner, StringComparison.Ordinal);
        Assert.Contains("a new key every start: set Admin:FunctionKey", banner, StringComparison.Ordinal);
    }
}
