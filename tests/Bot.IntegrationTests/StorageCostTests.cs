using Bot.Engine.Processing;

namespace Bot.IntegrationTests;

/// <summary>What one processed update costs in storage operations (Azure bills per operation): pinned
/// here so that a change that adds a read or a write to the hot path shows up.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageCostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OneUpdateOfAKnownUser_CostsOneReadAndTwoTransactions()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2001, 1, "+1"), CancellationToken.None);
        pipeline.Operations.Reset();

        var result = await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2001, 2, "+1"), CancellationToken.None);

        Assert.Equal(ProcessResult.Applied, result);
        var ops = pipeline.Operations.Snapshot();
        Assert.Equal(1, ops.GetValueOrDefault("table.read"));        // session + pending outbox, one range query
        Assert.Equal(2, ops.GetValueOrDefault("table.transaction")); // commit (session+ledger+outbox), delete sent outbox rows
        Assert.Equal(3, pipeline.Operations.Total);                  // nothing else: texts are cached, no queue call
        Assert.Equal(["count=1", "count=2"], pipeline.Telegram.Sent(2001).Select(c => c.Text));
    }

    [Fact]
    public async Task ADuplicateUpdate_CostsOneReadOnly()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2002, 1, "+1"), CancellationToken.None);
        pipeline.Operations.Reset();

        var result = await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2002, 1, "+1"), CancellationToken.None);

        Assert.Equal(ProcessResult.Duplicate, result);
        Assert.Equal(1, pipeline.Operations.Total);
    }
}
