using Bot.Engine.Ledger;
using Bot.Engine.Processing;
using Bot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.IntegrationTests;

/// <summary>The engine's guarantees, each against real Azurite storage and queues.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EngineGuaranteeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SameUpdateDeliveredFiveTimes_ChangesStateOnce_AndRepliesOnce()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.StartWorkers();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => pipeline.DeliverAsync(1001, 500, "+7")));
        await pipeline.SettleAsync();

        var session = await pipeline.SessionAsync(1001);
        Assert.Equal(1, CounterFlow.CountOf(session));
        Assert.Equal(7, session.Balance(Currencies.Points));
        Assert.Single(await pipeline.Sessions.LedgerAsync(1001, CancellationToken.None));
        Assert.Single(pipeline.Telegram.Sent(1001));
    }

    [Fact]
    public async Task FiftyUpdatesOfOneUser_OnEightConcurrentWorkers_LoseNoTransitionNorPosting()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        const long user = 1002;

        // Queue everything first so the eight workers really compete for the same session.
        for (var i = 1; i <= 50; i++)
        {
            await pipeline.DeliverAsync(user, 1000 + i, $"+{i}");
        }

        pipeline.StartWorkers(inboxConcurrency: 8);
        await pipeline.SettleAsync(TimeSpan.FromSeconds(120));

        var session = await pipeline.SessionAsync(user);
        var ledger = await pipeline.Sessions.LedgerAsync(user, CancellationToken.None);
        Assert.Equal(50, CounterFlow.CountOf(session));
        Assert.Equal(50, ledger.Count);
        Assert.Equal(Enumerable.Range(1, 50).Sum(), ledger.Sum(l => l.Posting.Amount));
        Assert.Equal(ledger.Sum(l => l.Posting.Amount), session.Balance(Currencies.Points));
        Assert.Equal(50, pipeline.Telegram.Sent(user).Count);
        Assert.Equal(50, pipeline.Telegram.Sent(user).Select(c => c.Text).Distinct().Count());
    }

    [Fact]
    public async Task CrashAfterCommit_RedeliveryIsSkipped_ButTheReplyIsSent()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        var crashes = 0;
        pipeline.Processor.AfterCommit = _ =>
        {
            if (Interlocked.Increment(ref crashes) > 1)
            {
                return Task.CompletedTask;
            }

            // A crash: the message comes back once its lease has run out, by when the commit's rows are abandoned.
            pipeline.Clock.Advance(OutboxRunner.InFlightGrace);
            throw new InvalidOperationException("injected crash");
        };
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(1003, 1, "+5");
        await pipeline.SettleAsync();

        var session = await pipeline.SessionAsync(1003);
        Assert.Equal(1, crashes);
        Assert.Equal(1, CounterFlow.CountOf(session));
        Assert.Equal(5, session.Balance(Currencies.Points));
        Assert.Equal(["count=1"], pipeline.Telegram.Sent(1003).Select(c => c.Text));
        var pending = await pipeline.Sessions.LoadAsync(1003, CancellationToken.None);
        Assert.Empty(pending.PendingOutbox);
    }

    [Fact]
    public async Task CrashAfterCommit_OutboxSweepSendsTheReply_WithoutReapplying()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.Processor.AfterCommit = _ => throw new InvalidOperationException("injected crash");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            pipeline.Processor.ProcessAsync(Pipeline.Envelope(1004, 1, "+3"), CancellationToken.None));
        Assert.Empty(pipeline.Telegram.Sent(1004));

        pipeline.Processor.AfterCommit = null;
        var sweeper = pipeline.Services.GetRequiredService<OutboxSweeper>();
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None)); // not stale yet
        pipeline.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await sweeper.SweepAsync(CancellationToken.None));
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None)); // nothing left

        var session = await pipeline.SessionAsync(1004);
        Assert.Equal(1, CounterFlow.CountOf(session));
        Assert.Equal(3, session.Balance(Currencies.Points));
        Assert.Equal(["count=1"], pipeline.Telegram.Sent(1004).Select(c => c.Text));
    }

    [Fact]
    public async Task CrashAfterCommit_TheNextMessageSendsTheOldReplyFirst()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.Processor.AfterCommit = _ => throw new InvalidOperationException("injected crash");
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            pipeline.Processor.ProcessAsync(Pipeline.Envelope(1005, 1, "+1"), CancellationToken.None));
        pipeline.Processor.AfterCommit = null;
        pipeline.Clock.Advance(OutboxRunner.InFlightGrace);

        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(1005, 2, "+1"), CancellationToken.None);

        Assert.Equal(["count=1", "count=2"], pipeline.Telegram.Sent(1005).Select(c => c.Text));
        Assert.Equal(2, CounterFlow.CountOf(await pipeline.SessionAsync(1005)));
    }

    [Fact]
    public async Task ACallStillInFlight_IsNotRepeatedByTheUsersNextMessage()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pipeline.Telegram.BeforeAnswer = async (_, chat, text) =>
        {
            if (chat == 1020 && text == "count=1" && inFlight.TrySetResult())
            {
                await answer.Task;
            }
        };

        var first = pipeline.Processor.ProcessAsync(Pipeline.Envelope(1020, 1, "+1"), CancellationToken.None);
        await inFlight.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Telegram takes as long as a call may take; meanwhile the user writes again.
        pipeline.Clock.Advance(OutboxRunner.CallTimeout);
        await pipeline.Processor.ProcessAsync(Pipeline.Envelope(1020, 2, "+1"), CancellationToken.None);
        answer.SetResult();
        await first;

        Assert.Equal(["count=1", "count=2"], pipeline.Telegram.Sent(1020).Select(c => c.Text).Order());
        Assert.Empty((await pipeline.Sessions.LoadAsync(1020, CancellationToken.None)).PendingOutbox);
    }

    [Fact]
    public async Task TwoRunnersTakingOverTheSameAbandonedRows_SendEachOnce()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.Processor.AfterCommit = _ => throw new InvalidOperationException("injected crash");
        for (var update = 1; update <= 3; update++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                pipeline.Processor.ProcessAsync(Pipeline.Envelope(1021, update, "+1"), CancellationToken.None));
        }

        pipeline.Processor.AfterCommit = null;
        pipeline.Clock.Advance(OutboxRunner.InFlightGrace);
        var runner = pipeline.Services.GetRequiredService<OutboxRunner>();
        var snapshots = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => pipeline.Sessions.LoadAsync(1021, CancellationToken.None)));
        Assert.All(snapshots, s => Assert.Equal(3, OutboxRunner.Abandoned(s.PendingOutbox, pipeline.Clock.GetUtcNow()).Count));

        // Four runners (a redelivery, the outbox queue, the sweep, the next message) read the same rows and race.
        await Task.WhenAll(snapshots.Select(s =>
            runner.RunAsync(1021, [], OutboxRunner.Abandoned(s.PendingOutbox, pipeline.Clock.GetUtcNow()), false, CancellationToken.None)));

        Assert.Equal(["count=1", "count=2", "count=3"], pipeline.Telegram.Sent(1021).Select(c => c.Text).Order());
        Assert.Empty((await pipeline.Sessions.LoadAsync(1021, CancellationToken.None)).PendingOutbox);
    }

    [Fact]
    public async Task TelegramAnswers429_TheMessageGoesOutAfterRetryAfter_NotDropped()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        var refused = 0;
        pipeline.Telegram.Fail = (method, chat) =>
            method == "sendMessage" && chat == 1006 && Interlocked.Increment(ref refused) == 1 ? (429, 2) : null;
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(1006, 1, "+1");
        await pipeline.SettleAsync();

        var calls = pipeline.Telegram.Calls.Where(c => c.ChatId == 1006 && c.Method == "sendMessage").ToList();
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1.9), $"Retried after {calls[1].At - calls[0].At}, before retry_after");
        Assert.Equal(["count=1"], pipeline.Telegram.Sent(1006).Select(c => c.Text));
        Assert.Equal(1, CounterFlow.CountOf(await pipeline.SessionAsync(1006)));
    }

    [Fact]
    public async Task TelegramAnswers403_UserMarkedUnreachable_AndNoFurtherSends()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.Telegram.Fail = (method, chat) => chat == 1007 ? (403, null) : null;
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(1007, 1, "+1");
        await pipeline.SettleAsync();
        Assert.True((await pipeline.SessionAsync(1007)).Unreachable);

        await pipeline.DeliverAsync(1007, 2, "+1");
        await pipeline.DeliverAsync(1007, 3, "+1");
        await pipeline.SettleAsync();

        var session = await pipeline.SessionAsync(1007);
        Assert.Equal(3, CounterFlow.CountOf(session)); // still processed: nothing is lost
        Assert.Single(pipeline.Telegram.Calls, c => c.ChatId == 1007 && c.Method == "sendMessage");
    }

    [Fact]
    public async Task UnreadableQueueMessage_GoesToPoisonAfterMaxDequeue_Logged_OthersUnaffected()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        var inbox = pipeline.Storage.Queue(StorageNames.InboxQueue);
        await inbox.SendMessageAsync("this is not an inbox envelope");
        await inbox.SendMessageAsync("""{"u":1008,"cmd":null}""");
        pipeline.StartWorkers();
        await pipeline.DeliverAsync(1009, 1, "+1");
        await pipeline.DeliverAsync(1010, 1, "+2");

        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        var poison = pipeline.Storage.Queue(StorageNames.InboxQueue + StorageNames.PoisonSuffix);
        var poisoned = (await poison.ReceiveMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        Assert.Equal(2, poisoned.Count);
        Assert.Contains("this is not an inbox envelope", poisoned);
        Assert.Contains(pipeline.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("poison", StringComparison.Ordinal));
        Assert.Equal(["count=1"], pipeline.Telegram.Sent(1009).Select(c => c.Text));
        Assert.Equal(["count=1"], pipeline.Telegram.Sent(1010).Select(c => c.Text));
    }
}
