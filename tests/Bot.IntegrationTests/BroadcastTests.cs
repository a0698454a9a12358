using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Features.Admin;
using Bot.Features.Broadcasts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests;

/// <summary>Broadcasts on real storage and queues with the engine's pieces: the start path dying half-way,
/// workers restarted mid-way, overlapping timer runs, segments, and counts that add up.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BroadcastTests(AzuriteFixture azurite)
{
    private const string News = "<b>news</b> for you";

    private static readonly Dictionary<string, string?> Fast = new() { ["Broadcasts:PerSecond"] = "100" };

    [Fact]
    public async Task AStartThatDiesHalfWay_AndAWorkerRestart_ReachEveryoneOnce_AndTheCountsAddUp()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r),
            Fast);
        var users = Enumerable.Range(8000, 300).Select(i => (long)i).ToArray();
        var knownUnreachable = users.Skip(10).Take(5).ToHashSet();
        var blockNow = users.Skip(20).Take(5).ToHashSet();
        var adminBlocked = users.Skip(30).Take(5).ToArray();
        var blocked403 = new HashSet<long>(knownUnreachable);
        pipeline.Telegram.Fail = (method, chat) => chat is { } c && blocked403.Contains(c) ? (403, null) : null;
        await SeedAsync(pipeline, users, "hi");
        foreach (var user in adminBlocked)
        {
            await pipeline.Processor.ProcessAsync(InboxEnvelope.ForCommand(user, new InternalCommand(AdminCommands.Block, "block-" + user)), CancellationToken.None);
        }

        blocked403.UnionWith(blockNow);
        var broadcaster = pipeline.Services.GetRequiredService<Broadcaster>();
        var published = 0;
        recorder!.CrashWhen = e => e.Command?.Name == BroadcastCommands.Deliver && Interlocked.Increment(ref published) == 150;

        // The POST's start dies in the second batch of 100 …
        await Assert.ThrowsAsync<InvalidOperationException>(() => broadcaster.CreateAsync(Request(), null, CancellationToken.None));
        var id = Assert.Single(await broadcaster.ListAsync(CancellationToken.None)).Id;
        var stalled = (await broadcaster.GetAsync(id, CancellationToken.None))!;
        Assert.Equal((BroadcastStatus.Sending, 100), (stalled.Status, stalled.Enqueued));

        // … the workers are restarted while the first batch is being sent …
        await WaitAsync(() => users.Count(u => NewsTo(pipeline, u) > 0) >= 30);
        await pipeline.StopWorkersAsync();
        pipeline.StartWorkers(visibilityTimeout: TimeSpan.FromSeconds(2));

        // … the Broadcasts timer leaves a begun fan-out alone, and two overlapping sweeps, once it counts as
        // stalled, resume the start.
        Assert.Equal(0, await broadcaster.RunDueAsync(CancellationToken.None));
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        Assert.Equal(0, await fanOut.ResumeStalledAsync(CancellationToken.None));
        pipeline.Clock.Advance(FanOut.StallAfter + TimeSpan.FromSeconds(1));
        var resumed = await Task.WhenAll(fanOut.ResumeStalledAsync(CancellationToken.None), fanOut.ResumeStalledAsync(CancellationToken.None));
        Assert.InRange(resumed.Sum(), 1, 2);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(120));

        var reached = users.Except(knownUnreachable).Except(blockNow).Except(adminBlocked).ToList();
        Assert.All(reached, u => Assert.Equal(1, NewsTo(pipeline, u)));
        Assert.All(adminBlocked.Concat(knownUnreachable), u => Assert.Equal(0, NewsTo(pipeline, u)));
        Assert.All(blockNow, u => Assert.True(pipeline.Telegram.Calls.Count(c => c.ChatId == u && c.Text == News && c.Status == 403) >= 1));
        var view = (await broadcaster.GetAsync(id, CancellationToken.None))!;
        Assert.Equal((BroadcastStatus.Done, 300, 285, 0, 10, 5, 0), (view.Status, view.Total, view.Sent, view.Failed, view.Unreachable, view.Skipped, view.Pending));
        Assert.Equal(view.Total, view.Sent + view.Failed + view.Unreachable + view.Skipped);
        Assert.NotNull(view.FinishedAt);
        Assert.True((await pipeline.SessionAsync(blockNow.First())).Unreachable);
    }

    [Fact]
    public async Task TheTimer_StartsADueBroadcastOnce_WhenRunsOverlap_ForItsSegmentOnly()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Fast);
        var counterUsers = Enumerable.Range(8400, 20).Select(i => (long)i).ToArray();
        var menuUsers = Enumerable.Range(8500, 20).Select(i => (long)i).ToArray();
        await SeedAsync(pipeline, counterUsers, "hi");
        await SeedAsync(pipeline, menuUsers, "/start");
        Assert.Contains("counter", (await pipeline.SessionAsync(counterUsers[0])).Flows);
        Assert.DoesNotContain("counter", (await pipeline.SessionAsync(menuUsers[0])).Flows);
        var broadcaster = pipeline.Services.GetRequiredService<Broadcaster>();

        var (id, created) = await broadcaster.CreateAsync(
            Request(sendAt: pipeline.Clock.GetUtcNow().AddMinutes(10), segment: new BroadcastSegment(BroadcastSegment.Flow, "counter")), null, CancellationToken.None);
        Assert.True(created);
        Assert.Equal(0, await broadcaster.RunDueAsync(CancellationToken.None));
        Assert.Equal(BroadcastStatus.Scheduled, (await broadcaster.GetAsync(id, CancellationToken.None))!.Status);

        pipeline.Clock.Advance(TimeSpan.FromMinutes(11));
        var started = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => broadcaster.RunDueAsync(CancellationToken.None)));
        Assert.Equal(1, started.Sum());
        await pipeline.SettleAsync();

        Assert.All(counterUsers, u => Assert.Equal(1, NewsTo(pipeline, u)));
        Assert.All(menuUsers, u => Assert.Equal(0, NewsTo(pipeline, u)));
        var view = (await broadcaster.GetAsync(id, CancellationToken.None))!;
        Assert.Equal((BroadcastStatus.Done, 20, 20), (view.Status, view.Total, view.Sent));
    }

    [Fact]
    public async Task AScheduledBroadcastCancelledBeforeItsTime_SendsNothing_AndAnIdempotencyKeyAnswersTheFirstId()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Fast);
        var users = Enumerable.Range(8600, 5).Select(i => (long)i).ToArray();
        await SeedAsync(pipeline, users, "hi");
        var broadcaster = pipeline.Services.GetRequiredService<Broadcaster>();

        var first = await broadcaster.CreateAsync(Request(sendAt: pipeline.Clock.GetUtcNow().AddHours(1)), "key-1", CancellationToken.None);
        var again = await broadcaster.CreateAsync(Request(sendAt: pipeline.Clock.GetUtcNow().AddHours(2)), "key-1", CancellationToken.None);
        Assert.Equal((first.Id, true, false), (again.Id, first.Created, again.Created));

        var (view, cancelled) = await broadcaster.CancelAsync(first.Id, CancellationToken.None);
        Assert.True(cancelled);
        Assert.Equal((BroadcastStatus.Cancelled, 0), (view!.Status, view.Total));
        Assert.NotNull(view.FinishedAt);
        pipeline.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await broadcaster.RunDueAsync(CancellationToken.None));
        await pipeline.SettleAsync();

        Assert.All(users, u => Assert.Equal(0, NewsTo(pipeline, u)));
        Assert.Null((await broadcaster.CancelAsync("bc-unknown", CancellationToken.None)).View);
    }

    private static BroadcastRequest Request(DateTimeOffset? sendAt = null, BroadcastSegment? segment = null) =>
        new(new BroadcastContent(News, null, []), sendAt, segment ?? BroadcastSegment.Everyone);

    private static int NewsTo(Pipeline pipeline, long user) =>
        pipeline.Telegram.Sent(user).Count(c => c.Text == News);

    /// <summary>Each user writes once, so they have a session (the counter flow answers text, the menu /start).</summary>
    private static async Task SeedAsync(Pipeline pipeline, IEnumerable<long> users, string text)
    {
        pipeline.StartWorkers(visibilityTimeout: TimeSpan.FromSeconds(2));
        foreach (var user in users)
        {
            await pipeline.DeliverAsync(user, user * 10, text);
        }

        await pipeline.SettleAsync();
        await pipeline.StopWorkersAsync();
        pipeline.StartWorkers(visibilityTimeout: TimeSpan.FromSeconds(2));
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 60 s.");
            await Task.Delay(50);
        }
    }
}
