using Azure.Data.Tables;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.IntegrationTests;

/// <summary>Fan-out on real storage and queues: paced slots, each recipient once, outcomes counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FanOutTests(AzuriteFixture azurite)
{
    private const double PerSecond = 100;

    [Fact]
    public async Task TwoHundredRecipients_WithRedeliveriesAndARestart_EachProcessedOnce_OutcomesCounted()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r, duplicateFanOutCommands: true),
            Settings());
        const long blocked = 6007, wrongChat = 6013;
        pipeline.Telegram.Fail = (method, chat) => method == "sendMessage" && chat == blocked ? (403, null)
            : method == "sendMessage" && chat == wrongChat ? (400, null) : null;
        var users = Enumerable.Range(6000, 200).Select(i => (long)i).ToArray();
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();

        // The first run crashes in the second batch (after half of it was enqueued); the restart resumes.
        var calls = 0;
        recorder!.CrashWhen = e => FanOut.IdOf(e.Command?.Key) == "news-1" && Interlocked.Increment(ref calls) == 150;
        await Assert.ThrowsAsync<InvalidOperationException>(() => fanOut.StartAsync("news-1", users, CounterFlow.Notice, "hello", CancellationToken.None));
        recorder.CrashWhen = null;
        pipeline.StartWorkers();
        await fanOut.StartAsync("news-1", users.Reverse(), CounterFlow.Notice, "hello", CancellationToken.None);
        await fanOut.StartAsync("news-1", users, CounterFlow.Notice, "hello", CancellationToken.None);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(120));

        var progress = await fanOut.ProgressAsync("news-1", CancellationToken.None);
        Assert.NotNull(progress);
        Assert.Equal((200, 200, 194, 1, 1, 4), (progress.Total, progress.Enqueued, progress.Sent, progress.Failed, progress.Unreachable, progress.Skipped));
        Assert.Equal("done", progress.Status);
        Assert.NotNull(progress.FinishedAt);

        foreach (var user in users.Where(u => u % 50 != 0 && u is not blocked and not wrongChat))
        {
            Assert.Equal("notice hello", Assert.Single(pipeline.Telegram.Sent(user)).Text);
        }

        Assert.DoesNotContain(pipeline.Telegram.Calls, c => c.Method == "sendMessage" && c.ChatId % 50 == 0);
        Assert.True((await pipeline.SessionAsync(blocked)).Unreachable);

        // The restart did not enqueue the first batch again; the second batch's half went twice (harmless).
        var published = recorder.Published.Where(p => FanOut.IdOf(p.Envelope.Command?.Key) == "news-1").ToList();

        // Every recipient's command went to the bulk queue, none to the users' inbox.
        Assert.Equal(
            published.Select(p => p.Envelope.Command!.Key).ToHashSet(),
            recorder.Bulk.Where(b => FanOut.IdOf(b.Command?.Key) == "news-1").Select(b => b.Command!.Key).ToHashSet());
        Assert.All(users.Take(FanOut.BatchSize), u => Assert.Single(published, p => p.Envelope.UserId == u));

        // The slots keep the rate: one message per ten consecutive recipients, visible ten slots apart.
        var delays = published.GroupBy(p => p.Envelope.UserId).Select(g => g.Last().Delay ?? TimeSpan.Zero).Distinct().Order().ToList();
        Assert.Equal(200 / FanOut.SendsPerMessage, delays.Count);
        Assert.All(delays.Zip(delays.Skip(1)), pair =>
            Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(FanOut.SendsPerMessage / PerSecond) - TimeSpan.FromTicks(1)));
        Assert.InRange(delays[^1], TimeSpan.FromSeconds(190 / PerSecond), TimeSpan.FromSeconds(1 + (249 / PerSecond)));
    }

    [Fact]
    public async Task ALargeFanOut_IsQueuedInSteps_NeverFarAhead_AndEachRecipientGetsItOnce()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r, duplicateFanOutCommands: true),
            new Dictionary<string, string?> { ["Broadcasts:PerSecond"] = "100", ["Broadcasts:AheadSeconds"] = "1" });
        using var ticking = TickWithRealTime(pipeline.Clock);
        var users = Enumerable.Range(8000, 450).Select(i => (long)i).ToArray();
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        pipeline.StartWorkers();

        var first = await fanOut.StartAsync("steps-1", users, CounterFlow.Notice, "hello", CancellationToken.None);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(120));

        // The start queued one window (1 s = one batch of 100) and left the rest to steps on the bulk queue.
        Assert.Equal(FanOut.BatchSize, first.Enqueued);
        Assert.NotNull(first.NextStepAt);
        var progress = (await fanOut.ProgressAsync("steps-1", CancellationToken.None))!;
        // (The counter flow sends nothing to every 50th user: counted as skipped.)
        Assert.Equal((450, 450, 441, 9, "done"), (progress.Total, progress.Enqueued, progress.Sent, progress.Skipped, progress.Status));
        Assert.Null(progress.NextStepAt);
        Assert.All(users.Where(u => u % 50 != 0), u => Assert.Equal("notice hello", Assert.Single(pipeline.Telegram.Sent(u)).Text));

        // No command was queued further ahead than the window and one batch (the old way queued all at once:
        // the last one 4.5 s ahead).
        var delays = recorder!.Published.Where(p => FanOut.IdOf(p.Envelope.Command?.Key) == "steps-1").Select(p => p.Delay ?? TimeSpan.Zero).ToList();
        Assert.Equal(450, delays.Count);
        Assert.True(delays.Max() <= TimeSpan.FromSeconds(2.5), $"queued {delays.Max().TotalSeconds:F2} s ahead");

        // A repeated or overtaken step, and a step of a fan-out never started, do nothing.
        var bulk = pipeline.Storage.Queue(StorageNames.BulkQueue);
        await bulk.SendMessageAsync(new FanOutStep("steps-1", 100).Serialize());
        await bulk.SendMessageAsync(new FanOutStep("never-started", 0).Serialize());
        await pipeline.SettleAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(441, pipeline.Telegram.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(0, (await pipeline.Storage.Queue(StorageNames.BulkQueue + StorageNames.PoisonSuffix).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task AStartThatDiesBetweenBatches_IsStalledAfterAWhile_AndResumeGoesOnWithoutDuplicates()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r),
            Settings());
        var users = Enumerable.Range(8500, 250).Select(i => (long)i).ToArray();
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        var calls = 0;
        recorder!.CrashWhen = e => Interlocked.Increment(ref calls) == FanOut.BatchSize + 1;
        await Assert.ThrowsAsync<InvalidOperationException>(() => fanOut.StartAsync("stall-1", users, CounterFlow.Notice, "hello", CancellationToken.None));
        recorder.CrashWhen = null;

        var now = pipeline.Clock.GetUtcNow();
        var stopped = (await fanOut.ProgressAsync("stall-1", CancellationToken.None))!;
        Assert.Equal((250, FanOut.BatchSize), (stopped.Total, stopped.Enqueued));
        Assert.False(stopped.IsStalled(now));
        Assert.True(stopped.IsStalled(now + FanOut.StallAfter + TimeSpan.FromSeconds(1)));

        Assert.True(await fanOut.ResumeAsync("stall-1", CancellationToken.None));
        Assert.False(await fanOut.ResumeAsync("never-started", CancellationToken.None));
        pipeline.StartWorkers();
        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        var done = (await fanOut.ProgressAsync("stall-1", CancellationToken.None))!;
        Assert.Equal((250, 245, 5, "done"), (done.Enqueued, done.Sent, done.Skipped, done.Status));
        Assert.All(users.Where(u => u % 50 != 0), u => Assert.Single(pipeline.Telegram.Sent(u)));
    }

    /// <summary>Moves the pipeline's fake clock along with the real one (the queues' delays are real) until disposed.</summary>
    private static Ticking TickWithRealTime(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var ticking = new Ticking(new CancellationTokenSource());
        var start = clock.GetUtcNow();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = Task.Run(async () =>
        {
            while (!ticking.Stop.IsCancellationRequested)
            {
                var target = start + watch.Elapsed;
                if (target > clock.GetUtcNow())
                {
                    clock.SetUtcNow(target);
                }

                await Task.Delay(20, CancellationToken.None);
            }
        });
        return ticking;
    }

    [Fact]
    public async Task ARecipientThatFails_BringsItsMessageBack_AndTheOthersInItAreNotSentTwice()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Settings());
        var users = Enumerable.Range(8801, FanOut.SendsPerMessage).Select(i => (long)i).ToArray();
        const long failing = 8805;
        var crashes = 0;
        pipeline.Processor.AfterCommit = e => e.UserId == failing && Interlocked.Increment(ref crashes) == 1
            ? throw new InvalidOperationException("injected crash") : Task.CompletedTask;
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        pipeline.StartWorkers();

        await fanOut.StartAsync("one-msg", users, CounterFlow.Notice, "hello", CancellationToken.None);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        // The message came back once; the nine others were skipped then (their keys applied), the failing user's
        // command too: its reply is the crashed commit's row, sent once abandoned.
        Assert.Equal(1, crashes);
        Assert.All(users.Where(u => u != failing), u => Assert.Single(pipeline.Telegram.Sent(u)));
        pipeline.Clock.Advance(OutboxRunner.InFlightGrace + TimeSpan.FromSeconds(1));
        await pipeline.Services.GetRequiredService<OutboxSweeper>().SweepAsync(CancellationToken.None);
        Assert.Single(pipeline.Telegram.Sent(failing));
        var progress = (await fanOut.ProgressAsync("one-msg", CancellationToken.None))!;
        Assert.Equal((10, 10, "done"), (progress.Total, progress.Sent, progress.Status));
    }

    [Fact]
    public async Task AFanOutOfNotices_IsQueuedInSteps_EachNoticeOnce_OneUsersInOrder_AndPaced()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r, duplicateFanOutCommands: true),
            new Dictionary<string, string?> { ["Broadcasts:PerSecond"] = "100", ["Broadcasts:AheadSeconds"] = "1" });
        using var ticking = TickWithRealTime(pipeline.Clock);
        // 250 notices for 200 users: every fourth user has two, next to each other (always in one bulk message).
        var notices = Enumerable.Range(0, 200).SelectMany(i => (i % 4 == 0 ? new[] { 1, 2 } : [1])
            .Select(n => new FanOutNotice(9000 + i, new InternalCommand(CounterFlow.Note, $"note:{9000 + i}:{n}", System.Text.Json.JsonSerializer.SerializeToElement($"{n}"))))).ToList();
        Assert.Equal(250, notices.Count);
        var store = pipeline.Services.GetRequiredService<Bot.Engine.Sessions.SessionStore>();
        var unpaced = 0;
        pipeline.Processor.AfterCommit = async e =>
        {
            var pending = (await store.LoadAsync(e.UserId, CancellationToken.None)).PendingOutbox;
            unpaced += pending.Count(r => r.Item.IsTelegramCall && !r.Item.Paced);
        };
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        pipeline.StartWorkers();

        var first = await fanOut.StartNoticesAsync("notes-1", notices, CancellationToken.None);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(120));

        // One window queued by the start, the rest by steps; done once all are queued (a notice's flow keeps its
        // own outcome: none is counted).
        Assert.Equal((FanOut.BatchSize, false), (first.Enqueued, first.CountsOutcomes));
        var progress = (await fanOut.ProgressAsync("notes-1", CancellationToken.None))!;
        Assert.Equal((250, 250, 0, "done"), (progress.Total, progress.Enqueued, progress.Counted, progress.Status));
        // (In order, too, but a queue's second copy of a message may send a user's first notice while the first copy
        // sends the second: order is not asserted.)
        Assert.All(notices.GroupBy(n => n.UserId), user => Assert.Equal(
            user.Select(n => "note " + n.Command.PayloadAs<string>()).Order(),
            pipeline.Telegram.Sent(user.Key).Select(m => m.Text).Order()));
        Assert.Equal(0, unpaced);

        // Never queued further ahead than the window and a batch.
        var delays = recorder!.Published.Where(p => p.Envelope.Command?.Name == CounterFlow.Note).Select(p => p.Delay ?? TimeSpan.Zero).ToList();
        Assert.Equal(250, delays.Count);
        Assert.True(delays.Max() <= TimeSpan.FromSeconds(2.5), $"queued {delays.Max().TotalSeconds:F2} s ahead");

        // Fully queued: off the open list, so the sweep has nothing to resume, however late.
        pipeline.Clock.Advance(FanOut.StallAfter * 2);
        Assert.Equal(0, await fanOut.ResumeStalledAsync(CancellationToken.None));

        // A notice without a key, or with a payload too large for ten to share a queue message, is refused.
        await Assert.ThrowsAsync<ArgumentException>(() => fanOut.StartNoticesAsync("notes-2", [new FanOutNotice(1, new InternalCommand(CounterFlow.Note, ""))], CancellationToken.None));
        var huge = System.Text.Json.JsonSerializer.SerializeToElement(new string('x', 7_000));
        await Assert.ThrowsAsync<ArgumentException>(() => fanOut.StartNoticesAsync("notes-2", [new FanOutNotice(1, new InternalCommand(CounterFlow.Note, "k", huge))], CancellationToken.None));
        Assert.Null(await fanOut.ProgressAsync("notes-2", CancellationToken.None));
    }

    [Fact]
    public async Task AFanOutOfNotices_WhoseStartDied_IsResumedByTheSweep_WithoutDuplicates()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r),
            Settings());
        // Long enough to need several list rows (a row holds what fits a table string).
        var note = new string('n', 150);
        var notices = Enumerable.Range(9500, 300)
            .Select(u => new FanOutNotice(u, new InternalCommand(CounterFlow.Note, $"note:{u}", System.Text.Json.JsonSerializer.SerializeToElement(note)))).ToList();
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        var calls = 0;
        recorder!.CrashWhen = e => Interlocked.Increment(ref calls) == FanOut.BatchSize + 1;
        await Assert.ThrowsAsync<InvalidOperationException>(() => fanOut.StartNoticesAsync("notes-3", notices, CancellationToken.None));
        recorder.CrashWhen = null;
        pipeline.StartWorkers();

        // Not stalled yet: the sweep leaves it; two minutes on, two overlapping sweeps resume it from its record.
        Assert.Equal(0, await fanOut.ResumeStalledAsync(CancellationToken.None));
        pipeline.Clock.Advance(FanOut.StallAfter + TimeSpan.FromSeconds(1));
        var resumed = await Task.WhenAll(fanOut.ResumeStalledAsync(CancellationToken.None), fanOut.ResumeStalledAsync(CancellationToken.None));
        Assert.InRange(resumed.Sum(), 1, 2);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        var progress = (await fanOut.ProgressAsync("notes-3", CancellationToken.None))!;
        Assert.Equal((300, 300, "done"), (progress.Total, progress.Enqueued, progress.Status));
        Assert.All(notices, n => Assert.Equal("note " + note, Assert.Single(pipeline.Telegram.Sent(n.UserId)).Text));
        pipeline.Clock.Advance(FanOut.StallAfter * 2);
        Assert.Equal(0, await fanOut.ResumeStalledAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ZeroRecipients_IsDoneAtOnce()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Settings());
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();

        var progress = await fanOut.StartAsync("empty-1", [], CounterFlow.Notice, "hello", CancellationToken.None);

        Assert.Equal((0, "done"), (progress.Total, progress.Status));
        Assert.Null(await fanOut.ProgressAsync("never-started", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => fanOut.StartAsync("bad:id", [1], CounterFlow.Notice, "hello", CancellationToken.None));
    }

    [Fact]
    public async Task EightInstancesReservingAtOnce_GetSlotsThatNeverOverlap()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Settings());
        var options = Options.Create(new FanOutOptions { PerSecond = 25 });
        var interval = options.Value.Interval;
        var instances = Enumerable.Range(0, 8).Select(_ => new SendPacer(pipeline.Storage, options, pipeline.Clock)).ToList();

        var batches = await Task.WhenAll(instances.SelectMany(p => Enumerable.Range(0, 5).Select(_ => p.ReserveAsync(10, CancellationToken.None))));

        var slots = batches.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => b[i])).Order().ToList();
        Assert.Equal(400, slots.Distinct().Count());
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(interval, pair.Second - pair.First));
        Assert.Equal(pipeline.Clock.GetUtcNow() + (interval * 400), slots[^1] + interval);
    }

    [Fact]
    public async Task AReservationBeyondSevenDays_IsRefused()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: Settings());
        var pacer = new SendPacer(pipeline.Storage, Options.Create(new FanOutOptions { PerSecond = 0.001 }), pipeline.Clock);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pacer.ReserveAsync(1_000, CancellationToken.None));
        Assert.Contains("7 days", error.Message, StringComparison.Ordinal);
        var row = await pipeline.Storage.Table(StorageNames.FanOutsTable).GetEntityIfExistsAsync<TableEntity>(SendPacer.PartitionKey, SendPacer.RowKey);
        Assert.False(row.HasValue);
    }

    [Fact]
    public async Task Cancel_StopsTheRest_AndEveryEnqueuedRecipientIsCounted()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite, settings: new Dictionary<string, string?> { ["Broadcasts:PerSecond"] = "10" });
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        var users = Enumerable.Range(7001, 30).Select(i => (long)i).ToArray();

        await fanOut.StartAsync("news-2", users, CounterFlow.Notice, "hello", CancellationToken.None);
        Assert.True(await fanOut.CancelAsync("news-2", CancellationToken.None));
        pipeline.StartWorkers();
        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        var progress = (await fanOut.ProgressAsync("news-2", CancellationToken.None))!;
        Assert.Equal("cancelled", progress.Status);
        Assert.True(progress.Finished);
        Assert.Equal(30, progress.Skipped);
        Assert.DoesNotContain(pipeline.Telegram.Calls, c => c.Method == "sendMessage");
        Assert.False(await fanOut.CancelAsync("never-started", CancellationToken.None));
    }

    private static Dictionary<string, string?> Settings() => new() { ["Broadcasts:PerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private sealed record Ticking(CancellationTokenSource Stop) : IDisposable
    {
        public void Dispose() => Stop.Cancel();
    }
}
