using System.Net.Sockets;
using System.Text.Json.Nodes;
using Bot.Emulator;
using Bot.Features.Menu;
using Bot.LocalHost.Hosting;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.LocalHost.Tests;

/// <summary>How the host starts and runs: its own Azurite when no storage is configured, independent
/// instances on two ports, and Polling mode against an emulator's getUpdates.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HostingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_hosts_without_configured_storage_each_start_their_own_Azurite_and_stay_independent()
    {
        await using var first = await TestHost.StartAsync(storageConnectionString: null);
        var firstStorage = first.App.Configuration[LocalHostSettings.StorageConnectionString]!;
        int firstTablePort, secondTablePort;
        await using (var second = await TestHost.StartAsync(storageConnectionString: null))
        {
            var secondStorage = second.App.Configuration[LocalHostSettings.StorageConnectionString]!;
            Assert.NotEqual(firstStorage, secondStorage);
            Assert.NotEqual(first.Url, second.Url);

            await first.SendAsync(401, "/start", firstName: "Anna");
            await second.SendAsync(401, "/help", firstName: "Boris");
            await first.SettleAsync();
            await second.SettleAsync();

            Assert.StartsWith(MenuText.Ru(MenuTexts.StartWelcome).Replace("{name}", "Anna", StringComparison.Ordinal),
                Assert.Single(await first.BotMessagesAsync(401)).Text, StringComparison.Ordinal);
            Assert.Equal(MenuText.HelpRu, Assert.Single(await second.BotMessagesAsync(401)).Text);
            firstTablePort = TablePort(firstStorage);
            secondTablePort = TablePort(secondStorage);
            Assert.True(IsListening(secondTablePort));
        }

        // The second host stopped its Azurite on the way out; the first one's still serves.
        Assert.False(IsListening(secondTablePort));
        Assert.True(IsListening(firstTablePort));
        await first.SendAsync(401, "/help");
        await first.SettleAsync();
        Assert.Equal(2, (await first.BotMessagesAsync(401)).Count);
    }

    [Fact]
    public async Task Polling_mode_reads_getUpdates_feeds_the_same_inbox_and_answers_through_the_Bot_API()
    {
        await using var telegram = await TestHost.StartAsync(azurite.ConnectionString);
        var token = telegram.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.BotToken;
        await using var polling = await TestHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            [LocalHostSettings.TelegramMode] = "Polling",
            [LocalHostSettings.TelegramBotToken] = token,
            [LocalHostSettings.TelegramBaseUrl] = telegram.Url,
            [LocalHostSettings.PollingTimeoutSeconds] = "2",
        });
        await WaitAsync(async () => (await WebhookUrlAsync(telegram, token)).Length == 0, "the polling host deletes the webhook");

        // One at a time: the inbox does not keep order (one batch runs in parallel), so two updates taken by the
        // same getUpdates may be answered in either order.
        var monitor = polling.Services.GetRequiredService<LocalPipelineMonitor>();
        foreach (var text in new[] { "/start", "/help" })
        {
            await telegram.SendAsync(402, text, firstName: "Polly");
            await telegram.SettleAsync(); // getUpdates has taken it: it is on the polling host's inbox
            Assert.True(await monitor.WaitIdleAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
        }

        var texts = (await telegram.BotMessagesAsync(402)).Select(m => m.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith(MenuText.Ru(MenuTexts.StartWelcome).Replace("{name}", "Polly", StringComparison.Ordinal), texts[0], StringComparison.Ordinal);
        Assert.Equal(MenuText.HelpRu, texts[1]);
        var methods = (await telegram.CallsAsync()).Select(c => (string?)c!["method"]).ToList();
        Assert.Contains("deleteWebhook", methods);
        Assert.Contains("getUpdates", methods);
        Assert.Equal(2, methods.Count(m => m == "sendMessage"));
    }

    [Fact]
    public async Task The_emulator_host_registers_its_webhook_with_the_secret_at_start()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        var token = host.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.BotToken;

        Assert.Equal(host.Url + "/api/telegram/webhook", await WebhookUrlAsync(host, token));
        Assert.Equal(token, host.App.Configuration[LocalHostSettings.TelegramBotToken]);
        Assert.Matches("^[0-9a-f]{32}$", host.App.Configuration[LocalHostSettings.TelegramWebhookSecret]);
        Assert.True(host.AdminKey.Length >= 32);
    }

    private static async Task<string> WebhookUrlAsync(TestHost host, string token) =>
        JsonNode.Parse(await host.Http.GetStringAsync($"/bot{token}/getWebhookInfo"))!["result"]!["url"]!.GetValue<string>();

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting until " + what);
            await Task.Delay(50);
        }
    }

    private static int TablePort(string connectionString) =>
        new Uri(connectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..]).Port;

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
