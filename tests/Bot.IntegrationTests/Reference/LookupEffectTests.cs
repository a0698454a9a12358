using Azure.Data.Tables;
using Bot.Engine.Effects;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests.Reference;

[Collection(AzuriteCollection.Name)]
public sealed class LookupEffectTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ALookupTooLargeForASnapshot_RunsAsAnEffect_AndItsResultComesBackAsACommand_Once()
    {
        Records.RedeliveringEffect? effect = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite, services =>
        {
            services.AddSingleton<IFlow, PickupFlow>();
            services.AddSingleton(new StorageTable(PickupLookupEffect.Table));
            services.AddSingleton<IEffectHandler>(sp => effect = new Records.RedeliveringEffect(ActivatorUtilities.CreateInstance<PickupLookupEffect>(sp)));
        }, enabled: "pickup");
        var table = pipeline.Storage.Table(PickupLookupEffect.Table);
        var actions = Enumerable.Range(0, 90).Select(i => new TableTransactionAction(TableTransactionActionType.Add,
            new TableEntity("Moscow", i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)) { ["Name"] = $"M{i}" }));
        await table.SubmitTransactionAsync(actions);
        await table.AddEntityAsync(new TableEntity("Kazan", "001") { ["Name"] = "Bauman St 1" });
        await table.AddEntityAsync(new TableEntity("Kazan", "002") { ["Name"] = "Kremlin Sq 2" });
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(8101, 1, "Kazan");
        await pipeline.DeliverAsync(8102, 1, "Omsk");
        await pipeline.SettleAsync();

        Assert.Equal(["Bauman St 1, Kremlin Sq 2"], pipeline.Telegram.Sent(8101).Select(c => c.Text));
        Assert.Equal(["No pickup points in Omsk"], pipeline.Telegram.Sent(8102).Select(c => c.Text));
        Assert.Equal(2, effect!.Runs.Count);
    }
}
