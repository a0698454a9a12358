using Azure.Data.Tables;
using Bot.Engine.Effects;
using Bot.Engine.Records;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests.Records;

[Collection(AzuriteCollection.Name)]
public sealed class SharedRecordsTests(AzuriteFixture azurite)
{
    private const int Users = 20;
    private const int InStock = 3;

    [Fact]
    public async Task ConcurrentChanges_OneWinnerPerItem_TheStockNeverBelowZero()
    {
        await using var pipeline = await CreateAsync();
        var records = pipeline.Services.GetRequiredService<SharedRecords>();

        var results = await Task.WhenAll(Enumerable.Range(0, Users).Select(i =>
            records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, $"k{i}", ReserveEffect.Decide, CancellationToken.None)));

        Assert.Equal(InStock, results.Count(r => r.Outcome.Won));
        Assert.Equal([0, 1, 2], results.Where(r => r.Outcome.Won).Select(r => r.Outcome.Left).Order());
        Assert.All(results, r => Assert.False(r.Repeated));
        Assert.Equal(0, (await StockAsync(records))!.Left);
    }

    [Fact]
    public async Task TheSameEffectKeyTwice_DecidesOnce_AndTheSecondGetsTheFirstOutcome()
    {
        await using var pipeline = await CreateAsync();
        var records = pipeline.Services.GetRequiredService<SharedRecords>();

        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "same", ReserveEffect.Decide, CancellationToken.None)));
        var later = await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "same", ReserveEffect.Decide, CancellationToken.None);

        Assert.Equal(new Reservation(true, InStock - 1), later.Outcome);
        Assert.All(both, r => Assert.Equal(later.Outcome, r.Outcome));
        Assert.Single(both, r => !r.Repeated);
        Assert.True(later.Repeated);
        Assert.Equal(InStock - 1, (await StockAsync(records))!.Left);
    }

    [Fact]
    public async Task ARefusal_IsKeptToo_SoARedeliveryIsRefusedAgainEvenAfterARestock()
    {
        await using var pipeline = await CreateAsync(stock: 0);
        var records = pipeline.Services.GetRequiredService<SharedRecords>();

        var first = await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "late", ReserveEffect.Decide, CancellationToken.None);
        await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "restock",
            s => Change<Stock, Reservation>.Write(new Stock(5), new Reservation(false, 5)), CancellationToken.None);
        var again = await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "late", ReserveEffect.Decide, CancellationToken.None);

        Assert.False(first.Outcome.Won);
        Assert.Equal(first.Outcome, again.Outcome);
        Assert.True(again.Repeated);
        Assert.Equal(5, (await StockAsync(records))!.Left);
    }

    [Fact]
    public async Task TwentyUsersRaceForThree_ThroughTheProcessor_WithEveryEffectRunTwiceAndEveryUpdateReplayed()
    {
        RedeliveringEffect? effect = null;
        await using var pipeline = await CreateAsync(configure: services => services.AddSingleton<IEffectHandler>(sp =>
            effect = new RedeliveringEffect(ActivatorUtilities.CreateInstance<ReserveEffect>(sp))));
        var records = pipeline.Services.GetRequiredService<SharedRecords>();
        pipeline.StartWorkers();

        var users = Enumerable.Range(1, Users).Select(i => 7000L + i).ToArray();
        await Task.WhenAll(users.Select(u => pipeline.DeliverAsync(u, 1, "buy")));
        await pipeline.SettleAsync();
        // Redeliveries: every update again (Telegram's retry), then every effect once more.
        await Task.WhenAll(users.Select(u => pipeline.DeliverAsync(u, 1, "buy")));
        Assert.NotNull(effect);
        await Task.WhenAll(effect.Runs.ToArray().Select(c => effect.RunAsync(c, CancellationToken.None)));
        await pipeline.SettleAsync();

        var replies = users.ToDictionary(u => u, u => pipeline.Telegram.Sent(u).Select(c => c.Text).ToArray());
        Assert.All(replies.Values, r => Assert.Single(r));
        Assert.Equal(InStock, replies.Values.Count(r => r[0]!.StartsWith("Reserved for you", StringComparison.Ordinal)));
        Assert.Equal(Users - InStock, replies.Values.Count(r => r[0] == ShopFlow.Refused));
        Assert.Equal(0, (await StockAsync(records))!.Left);
        Assert.Equal(InStock, (await Task.WhenAll(users.Select(pipeline.SessionAsync))).Count(s => s.Get("shop.won") == "1"));
        Assert.Equal(Users, await ClaimCountAsync(pipeline));
    }

    [Fact]
    public async Task ListAsync_AnswersEveryRecordOfThePartition_WithoutTheClaimRows()
    {
        await using var pipeline = await CreateAsync(stock: 4);
        var records = pipeline.Services.GetRequiredService<SharedRecords>();
        await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, "other", "seed-other",
            _ => Change<Stock, Reservation>.Write(new Stock(7), new Reservation(false, 7)), CancellationToken.None);
        await records.ChangeAsync<Stock, Reservation>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "buy", ReserveEffect.Decide, CancellationToken.None);

        var listed = await records.ListAsync<Stock>(ReserveEffect.Table, ReserveEffect.Partition, CancellationToken.None);

        Assert.Equal([(ReserveEffect.Item, new Stock(3)), ("other", new Stock(7))], listed.OrderBy(r => r.Row, StringComparer.Ordinal).ToList());
    }

    private async Task<Pipeline> CreateAsync(int stock = InStock, Action<IServiceCollection>? configure = null)
    {
        var pipeline = await Pipeline.CreateAsync(azurite, services =>
        {
            services.AddSingleton<Bot.Engine.Routing.IFlow, ShopFlow>();
            services.AddSingleton(new StorageTable(ReserveEffect.Table));
            if (configure is null)
            {
                services.AddSingleton<IEffectHandler, ReserveEffect>();
            }
            else
            {
                configure(services);
            }
        }, enabled: "shop");
        await pipeline.Services.GetRequiredService<SharedRecords>().ChangeAsync<Stock, Reservation>(
            ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, "seed",
            _ => Change<Stock, Reservation>.Write(new Stock(stock), new Reservation(false, stock)), CancellationToken.None);
        return pipeline;
    }

    private static Task<Stock?> StockAsync(SharedRecords records) =>
        records.GetAsync<Stock>(ReserveEffect.Table, ReserveEffect.Partition, ReserveEffect.Item, CancellationToken.None);

    private static async Task<int> ClaimCountAsync(Pipeline pipeline)
    {
        var n = 0;
        await foreach (var row in pipeline.Storage.Table(ReserveEffect.Table).QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            if (row.RowKey.StartsWith(SharedRecords.ClaimPrefix, StringComparison.Ordinal) && row.RowKey != SharedRecords.ClaimPrefix + "seed")
            {
                n++;
            }
        }

        return n;
    }
}
