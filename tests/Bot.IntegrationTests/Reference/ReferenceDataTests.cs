using System.Collections.Immutable;
using Azure.Data.Tables;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Engine.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.IntegrationTests.Reference;

[Collection(AzuriteCollection.Name)]
public sealed class ReferenceDataTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ReferenceSet<Catalog> CatalogSet = new("test.catalog", new Catalog([]));
    private static readonly ReferenceSet<Tariffs> TariffsSet = new("test.tariffs", new Tariffs(100));

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly LogSink _logs = new();
    private BotStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = new BotStorage(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = "r" + Guid.NewGuid().ToString("N")[..10] });
        await _storage.EnsureCreatedAsync([StorageNames.ReferenceTable], [], CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NothingStored_HandlersSeeTheDefaults()
    {
        var snapshot = await NewInstance().SnapshotAsync(CancellationToken.None);

        Assert.Empty(snapshot.Get(CatalogSet).Items);
        Assert.Equal(100, snapshot.Get(TariffsSet).PerMonth);
    }

    [Fact]
    public async Task SetAsync_IsSeenAtOnceHere_AndAfterTheRefreshIntervalOnAnotherInstance()
    {
        var admin = NewInstance();
        var other = NewInstance();
        Assert.Equal(100, (await other.SnapshotAsync(CancellationToken.None)).Get(TariffsSet).PerMonth);

        await admin.SetAsync(TariffsSet, new Tariffs(250), CancellationToken.None);

        Assert.Equal(250, (await admin.SnapshotAsync(CancellationToken.None)).Get(TariffsSet).PerMonth);
        Assert.Equal(100, (await other.SnapshotAsync(CancellationToken.None)).Get(TariffsSet).PerMonth);
        _clock.Advance(ReferenceData.RefreshInterval);
        Assert.Equal(250, (await other.SnapshotAsync(CancellationToken.None)).Get(TariffsSet).PerMonth);
    }

    [Fact]
    public async Task AnUnchangedSet_IsDeserializedOncePerVersion_NotPerRefresh()
    {
        var data = NewInstance();
        await data.SetAsync(CatalogSet, new Catalog([new Item("a", 1)]), CancellationToken.None);
        var first = (await data.SnapshotAsync(CancellationToken.None)).Get(CatalogSet);

        _clock.Advance(ReferenceData.RefreshInterval);
        var second = (await data.SnapshotAsync(CancellationToken.None)).Get(CatalogSet);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task ALargeSet_IsChunkedOverSeveralRows_AndShrinkingItRemovesTheExtraRows()
    {
        var data = NewInstance();
        // Random bytes as Base64 compress poorly: about 1.1 MB gzipped, more than one row holds.
        var items = Enumerable.Range(0, 1500).Select(i => new Item(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(750)), i)).ToImmutableArray();
        await data.SetAsync(CatalogSet, new Catalog(items), CancellationToken.None);

        Assert.True(await RowCountAsync(CatalogSet.Name) >= 2);
        var read = (await NewInstance().SnapshotAsync(CancellationToken.None)).Get(CatalogSet);
        Assert.Equal(items.Length, read.Items.Length);
        Assert.Equal(-1, Enumerable.Range(0, items.Length).FirstOrDefault(i => items[i] != read.Items[i], -1));

        await data.SetAsync(CatalogSet, new Catalog([new Item("small", 1)]), CancellationToken.None);

        Assert.Equal(1, await RowCountAsync(CatalogSet.Name));
        Assert.Equal("small", Assert.Single((await NewInstance().SnapshotAsync(CancellationToken.None)).Get(CatalogSet).Items).Name);
    }

    [Fact]
    public async Task ASetTooLarge_IsRefusedWithTheReason_AndTheStoredValueStays()
    {
        var data = NewInstance();
        await data.SetAsync(CatalogSet, new Catalog([new Item("kept", 1)]), CancellationToken.None);
        var items = Enumerable.Range(0, 3000).Select(i => new Item(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(1000)), i)).ToImmutableArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => data.SetAsync(CatalogSet, new Catalog(items), CancellationToken.None));

        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
        Assert.Equal("kept", Assert.Single((await data.SnapshotAsync(CancellationToken.None)).Get(CatalogSet).Items).Name);
    }

    [Fact]
    public async Task SetJsonAsync_RefusesJsonOfTheWrongShape_AndAnUnknownSet()
    {
        var data = NewInstance();

        await Assert.ThrowsAsync<ArgumentException>(() => data.SetJsonAsync(TariffsSet.Name, """{"perMonth":"lots"}""", CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => data.SetJsonAsync("test.nope", "{}", CancellationToken.None));
        await data.SetJsonAsync(TariffsSet.Name, """{"perMonth":75}""", CancellationToken.None);

        Assert.Equal(75, (await data.SnapshotAsync(CancellationToken.None)).Get(TariffsSet).PerMonth);
    }

    [Fact]
    public async Task AStoredValueThatNoLongerReads_GivesTheDefault_LoggedOncePerVersion()
    {
        var old = new ReferenceData([new SetsFlow(new ReferenceSet<OldTariffs>(TariffsSet.Name, new OldTariffs("x")))], _storage, _clock, new LoggerFactory([_logs]).CreateLogger<ReferenceData>());
        await old.SetAsync(new ReferenceSet<OldTariffs>(TariffsSet.Name, new OldTariffs("x")), new OldTariffs("cheap"), CancellationToken.None);
        var data = NewInstance();

        var first = await data.SnapshotAsync(CancellationToken.None);
        _clock.Advance(ReferenceData.RefreshInterval);
        var second = await data.SnapshotAsync(CancellationToken.None);

        Assert.Equal(100, first.Get(TariffsSet).PerMonth);
        Assert.Equal(100, second.Get(TariffsSet).PerMonth);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(TariffsSet.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StorageFailingOnARefresh_KeepsTheLastSnapshot_InsteadOfFailingUpdates()
    {
        var data = NewInstance();
        await data.SetAsync(TariffsSet, new Tariffs(300), CancellationToken.None);
        await data.SnapshotAsync(CancellationToken.None);
        await _storage.Table(StorageNames.ReferenceTable).DeleteAsync();
        _clock.Advance(ReferenceData.RefreshInterval);

        var snapshot = await data.SnapshotAsync(CancellationToken.None);

        Assert.Equal(300, snapshot.Get(TariffsSet).PerMonth);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Category.EndsWith(nameof(ReferenceData), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangeAsync_OnTwoInstancesAtOnce_KeepsBothChanges_TheLaterOneReadingAgain()
    {
        var a = NewInstance();
        var b = NewInstance();
        await a.SetAsync(CatalogSet, new Catalog([new Item("a", 1), new Item("b", 1)]), CancellationToken.None);
        var aRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aCalls = 0;

        // A reads the list, then waits until B has stored its change: A's write is then over a version it did not read.
        var changeA = Task.Run(() => a.ChangeAsync(CatalogSet, catalog =>
        {
            if (Interlocked.Increment(ref aCalls) == 1)
            {
                aRead.SetResult();
                bStored.Task.Wait();
            }

            return catalog with { Items = catalog.Items.Select(i => i.Name == "a" ? i with { Price = 10 } : i).ToImmutableArray() };
        }, CancellationToken.None));
        await aRead.Task;
        await b.ChangeAsync(CatalogSet, catalog => catalog with { Items = catalog.Items.Select(i => i.Name == "b" ? i with { Price = 20 } : i).ToImmutableArray() }, CancellationToken.None);
        bStored.SetResult();
        var stored = await changeA;

        Assert.Equal(2, aCalls);
        Item[] both = [new Item("a", 10), new Item("b", 20)];
        Assert.Equal(both, stored.Items.ToArray());
        Assert.Equal(both, (await NewInstance().SnapshotAsync(CancellationToken.None)).Get(CatalogSet).Items.ToArray());
        Assert.Equal(both, (await a.SnapshotAsync(CancellationToken.None)).Get(CatalogSet).Items.ToArray());
    }

    [Fact]
    public async Task ChangeAsync_TwoFirstWritesAtOnce_BothSurvive_TheSecondInsertReadingAgain()
    {
        var a = NewInstance();
        var b = NewInstance();
        var aRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aCalls = 0;

        var changeA = Task.Run(() => a.ChangeAsync(CatalogSet, catalog =>
        {
            if (Interlocked.Increment(ref aCalls) == 1)
            {
                aRead.SetResult();
                bStored.Task.Wait();
            }

            return catalog with { Items = catalog.Items.Add(new Item("a", 1)) };
        }, CancellationToken.None));
        await aRead.Task;
        await b.ChangeAsync(CatalogSet, catalog => catalog with { Items = catalog.Items.Add(new Item("b", 2)) }, CancellationToken.None);
        bStored.SetResult();
        await changeA;

        Assert.Equal(2, aCalls);
        Assert.Equal(["b", "a"], (await NewInstance().SnapshotAsync(CancellationToken.None)).Get(CatalogSet).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task ChangeAsync_ReadsStorageNotAStaleSnapshot_AndReturningTheSameValueWritesNothing()
    {
        var a = NewInstance();
        var b = NewInstance();
        await b.SnapshotAsync(CancellationToken.None); // b caches "nothing stored"
        await a.SetAsync(TariffsSet, new Tariffs(250), CancellationToken.None);
        var version = await VersionAsync(TariffsSet.Name);

        var seen = 0;
        var kept = await b.ChangeAsync(TariffsSet, t =>
        {
            seen = t.PerMonth;
            return t;
        }, CancellationToken.None);

        Assert.Equal(250, seen);
        Assert.Equal(250, kept.PerMonth);
        Assert.Equal(version, await VersionAsync(TariffsSet.Name));
    }

    private ReferenceData NewInstance() =>
        new([new SetsFlow(CatalogSet, TariffsSet)], _storage, _clock, new LoggerFactory([_logs]).CreateLogger<ReferenceData>());

    private async Task<string?> VersionAsync(string partition) =>
        (await _storage.Table(StorageNames.ReferenceTable).GetEntityAsync<TableEntity>(partition, "00")).Value.GetString("Version");

    private async Task<int> RowCountAsync(string partition)
    {
        var n = 0;
        await foreach (var _ in _storage.Table(StorageNames.ReferenceTable).QueryAsync<TableEntity>($"PartitionKey eq '{partition}'", select: ["RowKey"]))
        {
            n++;
        }

        return n;
    }

    public sealed record Item(string Name, int Price);

    public sealed record Catalog(ImmutableArray<Item> Items);

    public sealed record Tariffs(int PerMonth);

    public sealed record OldTariffs(string PerMonth);

    private sealed class SetsFlow(params ReferenceSet[] sets) : IFlow
    {
        public string Name => "sets";

        public MenuEntry? MenuEntry => null;

        public IEnumerable<TextDefinition> Texts => [];

        public IEnumerable<ReferenceSet> ReferenceSets => sets;

        public void Map(RouteTable routes)
        {
        }
    }
}
