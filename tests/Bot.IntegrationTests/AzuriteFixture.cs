using Bot.LocalHost.Azurite;

namespace Bot.IntegrationTests;

/// <summary>One Azurite for the whole test assembly (reused if one already listens on the default ports).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteLauncher? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite not started.");

    public async Task InitializeAsync() => _azurite = await AzuriteLauncher.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
