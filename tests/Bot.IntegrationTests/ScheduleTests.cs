using System.Text.Json;
using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Schedules;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests;

/// <summary>The Reminders timer's delivery on real storage and queues: a busy minute goes out paced, a quiet one
/// straight; each command once, whatever the repeats.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScheduleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ABusyMinute_GoesOutAsAPacedFanOutOfNotices_AQuietOneStraight_EachCommandOnce()
    {
        RecordingInboxPublisher? recorder = null;
        await using var pipeline = await Pipeline.CreateAsync(azurite,
            RecordingInboxPublisher.Over(r => recorder = r),
            new Dictionary<string, string?> { ["Broadcasts:PerSecond"] = "100" });
        var schedules = pipeline.Services.GetRequiredService<ScheduleStore>();
        var fanOut = pipeline.Services.GetRequiredService<FanOut>();
        var nine = pipeline.Clock.GetUtcNow().AddMinutes(5);
        nine = new DateTimeOffset(nine.Year, nine.Month, nine.Day, nine.Hour, nine.Minute, 0, TimeSpan.Zero);

        // 9:00 — 30 participants' day (five of them also a reminder); 9:01 — three reminders.
        var busy = Enumerable.Range(9700, 30).Select(u => ((long)u, $"day:{u}"))
            .Concat(Enumerable.Range(9700, 5).Select(u => ((long)u, $"remind:{u}"))).ToList();
        var quiet = Enumerable.Range(9800, 3).Select(u => ((long)u, $"remind:{u}")).ToList();
        foreach (var (user, key) in busy)
        {
            await schedules.AddAsync(nine.AddSeconds(20), user, Note(key), CancellationToken.None);
        }

        foreach (var (user, key) in quiet)
        {
            await schedules.AddAsync(nine.AddMinutes(1), user, Note(key), CancellationToken.None);
        }

        pipeline.StartWorkers();
        Assert.Equal(0, await schedules.DispatchDueAsync(CancellationToken.None));
        pipeline.Clock.Advance(TimeSpan.FromMinutes(7));
        var delivered = await Task.WhenAll(schedules.DispatchDueAsync(CancellationToken.None), schedules.DispatchDueAsync(CancellationToken.None));
        await pipeline.SettleAsync(TimeSpan.FromSeconds(60));

        // Two overlapping runs: the busy minute is one fan-out, whichever run started it; each command applied once.
        Assert.InRange(delivered.Sum(), 38, 76);
        var progress = await fanOut.ProgressAsync(ScheduleStore.FanOutPrefix + ScheduleStore.Bucket(nine), CancellationToken.None);
        Assert.NotNull(progress);
        Assert.Equal((35, 35, false, "done"), (progress.Total, progress.Enqueued, progress.CountsOutcomes, progress.Status));
        Assert.Null(await fanOut.ProgressAsync(ScheduleStore.FanOutPrefix + ScheduleStore.Bucket(nine.AddMinutes(1)), CancellationToken.None));
        Assert.All(busy.Concat(quiet).GroupBy(b => b.Item1), user => Assert.Equal(
            user.Select(b => "note " + b.Item2).Order(),
            pipeline.Telegram.Sent(user.Key).Select(m => m.Text).Order()));

        // The busy minute's went on the bulk queue (paced), the quiet minute's on the users' inbox.
        Assert.All(busy, b => Assert.Contains(recorder!.Bulk, e => e.Command!.Key == b.Item2));
        Assert.All(quiet, q => Assert.DoesNotContain(recorder!.Bulk, e => e.Command!.Key == q.Item2));
        Assert.Equal(0, await schedules.DispatchDueAsync(CancellationToken.None));
    }

    private static InternalCommand Note(string key) => new(CounterFlow.Note, key, JsonSerializer.SerializeToElement(key));
}
