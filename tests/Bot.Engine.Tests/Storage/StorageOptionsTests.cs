using Bot.Engine.Storage;
using Microsoft.Extensions.Configuration;

namespace Bot.Engine.Tests.Storage;

/// <summary>One set of settings serves the local host (a connection string) and Azure (service URIs with
/// the app's user-assigned managed identity, the Functions host's identity-based AzureWebJobsStorage).</summary>
public sealed class StorageOptionsTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    private static StorageOptions Bind(params (string Key, string Value)[] settings) =>
        StorageOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value))
            .Build());

    [Fact]
    public void StorageConnectionString_WinsAndKeepsThePrefix()
    {
        var options = Bind(("Storage:ConnectionString", Azurite), ("Storage:Prefix", "t1"), ("AzureWebJobsStorage", "ignored"));
        Assert.Equal(Azurite, options.ConnectionString);
        Assert.Equal("t1", options.Prefix);
        Assert.False(options.UsesIdentity);
    }

    [Fact]
    public void FunctionsHostConnectionString_IsUsedWhenNoStorageSection() =>
        Assert.Equal(Azurite, Bind(("AzureWebJobsStorage", Azurite)).ConnectionString);

    [Fact]
    public void IdentityBasedAzureWebJobsStorage_GivesServiceUrisAndTheClientId()
    {
        // As app settings arrive in Azure: AzureWebJobsStorage__tableServiceUri etc. ("__" is ":").
        var options = Bind(
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"),
            ("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://acct.queue.core.windows.net"),
            ("AzureWebJobsStorage:tableServiceUri", "https://acct.table.core.windows.net"));

        Assert.True(options.UsesIdentity);
        Assert.Null(options.ConnectionString);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), options.TableServiceUri);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), options.QueueServiceUri);
        Assert.Equal("00000000-0000-0000-0000-000000000001", options.ManagedIdentityClientId);
    }

    [Fact]
    public void IdentityMode_BuildsClientsOnTheServiceUris_WithoutAnyKey()
    {
        var storage = new BotStorage(new StorageOptions
        {
            TableServiceUri = new Uri("https://acct.table.core.windows.net"),
            QueueServiceUri = new Uri("https://acct.queue.core.windows.net"),
            ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001",
            Prefix = "p",
        });

        Assert.Equal("https://acct.table.core.windows.net/psessions", storage.Table(StorageNames.SessionsTable).Uri.ToString().TrimEnd('/'));
        Assert.Equal("https://acct.queue.core.windows.net/pinbox", storage.Queue(StorageNames.InboxQueue).Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void NothingConfigured_SaysWhatToSet()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Bind());
        Assert.Contains("Storage:ConnectionString", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyOneServiceUri_IsNotEnough() =>
        Assert.Throws<InvalidOperationException>(() => Bind(("AzureWebJobsStorage:tableServiceUri", "https://acct.table.core.windows.net")));
}
