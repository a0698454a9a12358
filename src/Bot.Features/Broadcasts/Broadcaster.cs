using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Broadcasts;

/// <summary>Creates, starts, shows and cancels broadcasts. One start path for the POST (no sendAt) and the
/// Broadcasts timer: a conditional status change scheduled → sending on the record picks one winner, which
/// resolves the segment and hands the recipients to the engine's <see cref="FanOut"/> (paced at
/// <c>Broadcasts:PerSecond</c> for all instances; each recipient's command keyed by broadcast and user, so
/// applied once). A start that died before its fan-out began is restarted by this timer; a fan-out that stopped
/// half-way is resumed by the engine's OutboxSweep timer (<see cref="FanOut.ResumeStalledAsync"/>).</summary>
public sealed class Broadcaster(BroadcastStore store, SegmentResolver resolver, FanOut fanOut, TimeProvider clock, ILogger<Broadcaster> log)
{
    public const string FunctionName = "Broadcasts";

    /// <summary>A broadcast still sending after this long without its fan-out begun is restarted by the timer (its
    /// starter died or timed out). A fan-out that began carries itself on in steps; the engine's sweep resumes it
    /// when it <see cref="FanOutProgress.IsStalled"/>. Overlapping with a live starter is harmless, only wasteful.</summary>
    public static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    /// <summary>Stores the broadcast; without sendAt starts it at once. With an idempotency key, a repeat answers
    /// the first id (and <c>Created</c> false).</summary>
    public async Task<(string Id, bool Created)> CreateAsync(BroadcastRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var id = store.NewId();
        if (idempotencyKey is not null && await store.ClaimKeyAsync(idempotencyKey, id, ct) is { } first)
        {
            // The first call may have died between claiming the key and adding the record: finish its work.
            if (await store.GetAsync(first, ct) is not null)
            {
                return (first, false);
            }

            id = first;
        }

        await store.AddAsync(id, request, ct);
        log.LogInformation("Broadcast {BroadcastId} for {Segment} created, sendAt {SendAt}", id, request.Segment, request.SendAt);
        if (request.SendAt is null || request.SendAt <= clock.GetUtcNow())
        {
            await StartAsync(id, ct);
        }

        return (id, true);
    }

    /// <summary>Starts a due broadcast if this caller wins scheduled → sending; anything else is left alone.
    /// True when this call started it.</summary>
    public async Task<bool> StartAsync(string id, CancellationToken ct)
    {
        var record = await store.GetAsync(id, ct);
        if (record is null || record.Status != BroadcastStatus.Scheduled || record.SendAt > clock.GetUtcNow())
        {
            return false;
        }

        if (!await store.TryUpdateAsync(record, new Dictionary<string, object?>
            {
                ["Status"] = BroadcastStatus.Sending,
                ["StartedAt"] = clock.GetUtcNow(),
            }, ct))
        {
            log.LogInformation("Broadcast {BroadcastId} was started (or cancelled) by another run", id);
            return false;
        }

        await ContinueAsync(id, ct);
        return true;
    }

    /// <summary>Resolves the segment of a sending broadcast and hands the recipients to its fan-out, unless the
    /// fan-out has begun (it carries itself on in steps; the engine's sweep resumes it if it stalls).</summary>
    private async Task ContinueAsync(string id, CancellationToken ct)
    {
        var record = await store.GetAsync(id, ct);
        if (record is null || record.Status != BroadcastStatus.Sending || await fanOut.ProgressAsync(id, ct) is not null)
        {
            return;
        }

        var users = await resolver.ResolveAsync(Segment(record), ct);
        if (!await store.TryUpdateAsync(record, new Dictionary<string, object?>
            {
                ["KnownUnreachable"] = users.KnownUnreachable,
                ["Blocked"] = users.Blocked,
            }, ct))
        {
            // Cancelled meanwhile (or another run wrote the same counts): look again next time.
            log.LogInformation("Broadcast {BroadcastId} changed while its segment was read; not started here", id);
            return;
        }

        log.LogInformation("Broadcast {BroadcastId}: {Recipients} recipients, {Unreachable} known unreachable, {Blocked} blocked",
            id, users.Recipients.Count, users.KnownUnreachable, users.Blocked);
        await fanOut.StartAsync(id, users.Recipients, BroadcastCommands.Deliver, record.Content, ct);

        // A cancel that arrived before the fan-out existed could not stop it: stop it now.
        if ((await store.GetAsync(id, ct))?.Status == BroadcastStatus.Cancelled)
        {
            await fanOut.CancelAsync(id, ct);
        }
    }

    /// <summary>The Broadcasts timer: starts due broadcasts, restarts those whose start died before their fan-out
    /// began, passes cancels on, records final counts. Safe when runs overlap, run late or repeat. Answers how many
    /// it started or restarted.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var worked = 0;
        foreach (var record in await store.ActiveAsync(ct))
        {
            try
            {
                switch (record.Status)
                {
                    case BroadcastStatus.Scheduled when record.SendAt is null || record.SendAt <= now:
                        worked += await StartAsync(record.Id, ct) ? 1 : 0;
                        break;
                    case BroadcastStatus.Sending or BroadcastStatus.Cancelled:
                        var progress = await fanOut.ProgressAsync(record.Id, ct);
                        if (record.Status == BroadcastStatus.Cancelled && progress is { Cancelled: false })
                        {
                            await fanOut.CancelAsync(record.Id, ct);
                        }
                        else if (record.Status == BroadcastStatus.Sending && progress is null && record.StartedAt < now - ResumeAfter)
                        {
                            log.LogWarning("Broadcast {BroadcastId} was started {StartedAt:O} but nobody was queued; resuming", record.Id, record.StartedAt);
                            await ContinueAsync(record.Id, ct);
                            worked++;
                        }
                        else
                        {
                            await ViewAsync(record, progress, ct);
                        }

                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken broadcast must not hold up the others; the next run tries again.
                log.LogError(ex, "Broadcast {BroadcastId} could not be advanced", record.Id);
            }
        }

        return worked;
    }

    public async Task<BroadcastView?> GetAsync(string id, CancellationToken ct)
    {
        var record = await store.GetAsync(id, ct);
        return record is null ? null : await ViewAsync(record, null, ct);
    }

    public async Task<IReadOnlyList<BroadcastView>> ListAsync(CancellationToken ct)
    {
        var views = new List<BroadcastView>();
        foreach (var record in await store.ListAsync(ct))
        {
            views.Add(await ViewAsync(record, null, ct));
        }

        return views;
    }

    /// <summary>Cancels what is not yet sent. Null for an unknown id; the view otherwise (a finished broadcast
    /// stays done: <c>Cancelled</c> false).</summary>
    public async Task<(BroadcastView? View, bool Cancelled)> CancelAsync(string id, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var record = await store.GetAsync(id, ct);
            if (record is null)
            {
                return (null, false);
            }

            var view = await ViewAsync(record, null, ct);
            if (view.Status is BroadcastStatus.Done or BroadcastStatus.Cancelled)
            {
                return (view, view.Status == BroadcastStatus.Cancelled);
            }

            if (!await store.TryUpdateAsync(record, new Dictionary<string, object?> { ["Status"] = BroadcastStatus.Cancelled }, ct))
            {
                continue;
            }

            await fanOut.CancelAsync(id, ct);
            log.LogInformation("Broadcast {BroadcastId} cancelled ({Status} before)", id, record.Status);
            return (await GetAsync(id, ct), true);
        }

        throw new InvalidOperationException($"Broadcast {id} kept changing; try the cancel again.");
    }

    /// <summary>The record with its counts: final ones from the record, live ones from the fan-out (recorded on
    /// the record once finished).</summary>
    private async Task<BroadcastView> ViewAsync(BroadcastRecord record, FanOutProgress? progress, CancellationToken ct)
    {
        var counts = record.Final;
        var finishedAt = record.FinishedAt;
        var status = record.Status;
        if (counts is null && record.Status != BroadcastStatus.Scheduled)
        {
            progress ??= await fanOut.ProgressAsync(record.Id, ct);
            if (progress is not null)
            {
                counts = new BroadcastCounts(
                    progress.Total + record.KnownUnreachable + record.Blocked,
                    progress.Sent,
                    progress.Failed,
                    progress.Unreachable + record.KnownUnreachable,
                    progress.Skipped + record.Blocked,
                    progress.Enqueued);
                status = record.Status == BroadcastStatus.Cancelled || progress.Cancelled ? BroadcastStatus.Cancelled
                    : progress.Finished ? BroadcastStatus.Done
                    : BroadcastStatus.Sending;
                finishedAt = progress.FinishedAt;
                if (progress.Finished && await store.FinishAsync(record, status, counts, finishedAt, ct))
                {
                    log.LogInformation("Broadcast {BroadcastId} {Status}: {Sent} sent, {Failed} failed, {Unreachable} unreachable, {Skipped} skipped of {Total}",
                        record.Id, status, counts.Sent, counts.Failed, counts.Unreachable, counts.Skipped, counts.Total);
                }
            }
            else if (record.Status == BroadcastStatus.Cancelled && (record.StartedAt is null || record.StartedAt < clock.GetUtcNow() - ResumeAfter))
            {
                // Cancelled before anyone was queued (and no starter is still at work): final, nothing sent.
                finishedAt = record.StartedAt ?? record.CreatedAt;
                await store.FinishAsync(record, BroadcastStatus.Cancelled, BroadcastCounts.None, finishedAt, ct);
            }
        }

        counts ??= BroadcastCounts.None;
        return new BroadcastView(
            record.Id, status, counts.Total, counts.Sent, counts.Failed, counts.Unreachable, record.StartedAt, finishedAt,
            counts.Skipped, counts.Pending, counts.Enqueued, record.Segment, record.SendAt, record.CreatedAt,
            record.Content.Text, record.Content.Photo, record.Content.Buttons);
    }

    private static BroadcastSegment Segment(BroadcastRecord record)
    {
        var colon = record.Segment.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? BroadcastSegment.Everyone : new BroadcastSegment(record.Segment[..colon], record.Segment[(colon + 1)..]);
    }
}
