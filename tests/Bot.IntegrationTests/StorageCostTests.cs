using Bot.Engine.Processing;
using Bot.Engine.Reference;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task OneUpdate_WithAStoredReferenceSetWarm_StillCostsOneReadAndTwoTransactions()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        await pipeline.Services.GetRequiredService<ReferenceData>().SetAsync(CounterFlow.Settings, new CounterSettings("steps"), CancellationToken.None);
        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2003, 1, "+1"), CancellationToken.None);
        pipeline.Operations.Reset();

        var result = await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2003, 2, "+1"), CancellationToken.None);

        Assert.Equal(ProcessResult.Applied, result);
        var ops = pipeline.Operations.Snapshot();
        Assert.Equal(1, ops.GetValueOrDefault("table.read"));
        Assert.Equal(2, ops.GetValueOrDefault("table.transaction"));
        Assert.Equal(3, pipeline.Operations.Total);                  // the snapshot is cached: no reference read
        Assert.Equal(["steps=1", "steps=2"], pipeline.Telegram.Sent(2003).Select(c => c.Text));
    }

    [Fact]
    public async Task RefreshingTheReferenceSnapshot_CostsOneQueryPerInterval_NotPerUpdate()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        await pipeline.Services.GetRequiredService<ReferenceData>().SetAsync(CounterFlow.Settings, new CounterSettings("steps"), CancellationToken.None);
        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2004, 1, "+1"), CancellationToken.None);
        pipeline.Clock.Advance(ReferenceData.RefreshInterval);
        pipeline.Operations.Reset();

        for (var i = 2; i <= 4; i++)
        {
            await pipeline.Processor.ProcessAsync(Pipeline.Envelope(2004, i, "+1"), CancellationToken.None);
        }

        // Three updates: 3 session reads + 1 version query of the reference table (unchanged: no set re-read).
        Assert.Equal(4, pipeline.Operations.Snapshot().GetValueOrDefault("table.read"));
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
