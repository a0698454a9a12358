using Bot.Engine.Effects;
using Bot.Engine.FanOuts;
using Bot.Engine.Gateway;
using Bot.Engine.Inbox;
using Bot.Engine.Outbox;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Engine.Processing;

/// <summary>Carries out committed outbox rows in order and deletes what is done. Telegram's 429 puts the
/// user's remaining rows back on the outbox queue with retry_after as the visibility delay (no sleep);
/// fan-out sends pass this process's <see cref="SendGate"/> first, so late slots do not leave in a burst;
/// 403 marks the user unreachable; a transient failure leaves the rows for a retry. A sent message whose
/// item asks to keep its id is reported back as <c>engine.message-sent</c>; a fan-out item's outcome is
/// counted on its fan-out.
/// <para>Exactly one runner carries out a row at a time. The commit that wrote a row owns it for
/// <see cref="InFlightGrace"/>; any other runner (the next message's, a redelivery's, the outbox queue's, the sweep)
/// takes only rows whose owner is gone (<see cref="Abandoned"/>) and claims each first with an ETag-conditional
/// write, so two of them never both send it. An owner that is still at work when its time runs short claims its
/// row too, before the call, so no call can outlive the ownership it began under. A runner that stops (a retry, a
/// failure, a shutdown) releases the rows it holds.</para></summary>
public sealed class OutboxRunner(
    ITelegramGateway gateway,
    IEnumerable<IEffectHandler> effects,
    SessionStore store,
    BotStorage storage,
    IInboxPublisher inbox,
    TimeProvider clock,
    FanOut fanOut,
    SendGate sendGate,
    ILogger<OutboxRunner> log)
{
    /// <summary>How long the commit that wrote a row owns it, and how long a claim lasts. Longer than a Bot API call
    /// may take (<see cref="CallTimeout"/>) plus <see cref="ClockSkew"/>: other runners wait this long before they
    /// take a row over, so a live sender is never doubled.</summary>
    public static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(60);

    /// <summary>The longest a Bot API call may take (the Telegram HTTP client's timeout).</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How far the clocks of two instances may disagree.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan MinRetryDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, IEffectHandler> _effects = effects.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>Until when a row is its owner's: its claim, or else the commit's <see cref="InFlightGrace"/>.</summary>
    public static DateTimeOffset OwnedUntil(OutboxRow row) => row.ClaimedUntil ?? row.CreatedAt + InFlightGrace;

    /// <summary>Pending rows nobody owns any more: a crash left them, or a runner released them for a retry.</summary>
    public static IReadOnlyList<OutboxRow> Abandoned(IEnumerable<OutboxRow> pending, DateTimeOffset now) =>
        pending.Where(r => OwnedUntil(r) <= now).ToList();

    /// <summary>Carries out <paramref name="own"/> (rows this caller just committed) and <paramref name="abandoned"/>
    /// (rows read as <see cref="Abandoned"/>, claimed one by one before they are carried out; one that another runner
    /// claims first is left to it), in row-key order.</summary>
    public async Task RunAsync(
        long userId, IReadOnlyCollection<OutboxRow> own, IReadOnlyCollection<OutboxRow> abandoned, bool userUnreachable, CancellationToken ct)
    {
        var rows = own.Select(r => (Row: r, Held: true)).Concat(abandoned.Select(r => (Row: r, Held: false)))
            .OrderBy(r => r.Row.RowKey, StringComparer.Ordinal).ToList();
        var done = new List<string>();
        var unreachableChats = new HashSet<long>();
        if (userUnreachable)
        {
            unreachableChats.Add(userId);
        }

        var index = 0;
        var settled = false; // every row held is done, or released for its retry
        try
        {
            for (; index < rows.Count; index++)
            {
                // A shutdown stops between rows, never inside one: the rest are released for the redelivery or the sweep.
                ct.ThrowIfCancellationRequested();
                var (row, held) = rows[index];
                if (!held && await store.TryClaimOutboxAsync(row, clock.GetUtcNow() + InFlightGrace, ct) is { } claimed)
                {
                    (row, held) = (claimed, true);
                    rows[index] = (row, held);
                }

                if (!held)
                {
                    log.LogInformation("Outbox row {RowKey} of user {UserId} was taken by another runner; left to it", row.RowKey, userId);
                    continue;
                }

                var item = row.Item;
                if (item.IsTelegramCall && unreachableChats.Contains(item.ChatId))
                {
                    await CountAsync(item, FanOutOutcome.Unreachable, ct);
                    done.Add(row.RowKey);
                    continue;
                }

                if (item.FanOutId is { } fanOutId && await fanOut.IsCancelledAsync(fanOutId))
                {
                    await CountAsync(item, FanOutOutcome.Skipped, ct);
                    done.Add(row.RowKey);
                    continue;
                }

                if ((item.FanOutId is not null || item.Paced) && item.IsTelegramCall)
                {
                    // Fan-out sends and notices leave this process no faster than the pace, even when their slots have passed.
                    await sendGate.WaitAsync(ct);
                }

                if (await KeepAsync(row, ct) is not { } kept)
                {
                    log.LogWarning("Outbox row {RowKey} of user {UserId} was taken over while this runner was slow; left to the other", row.RowKey, userId);
                    rows[index] = (row, false);
                    continue;
                }

                rows[index] = (kept, true);
                if (!item.IsTelegramCall)
                {
                    if (!await RunEffectAsync(row, ct))
                    {
                        await RetryLaterAsync(userId, rows, index, BackOff(row), ct);
                        settled = true;
                        return;
                    }

                    done.Add(row.RowKey);
                    continue;
                }

                // A Bot API call that has begun is finished and recorded even when the host shuts down
                // meanwhile: cancelling it half-way would leave a message Telegram may have delivered with its
                // row still pending, sent again after a restart. (A hard crash can still repeat the calls in flight.)
                var outcome = await gateway.ExecuteAsync(item, CancellationToken.None);
                switch (outcome.Status)
                {
                    case SendStatus.Sent:
                        // Reported before the row is deleted: a crash in between repeats the send (as for
                        // any reply) rather than losing the id or the count.
                        await KeepIdAsync(userId, row, outcome, CancellationToken.None);
                        await CountAsync(item, FanOutOutcome.Sent, CancellationToken.None);
                        done.Add(row.RowKey);
                        break;
                    case SendStatus.Rejected:
                        await CountAsync(item, FanOutOutcome.Failed, CancellationToken.None);
                        done.Add(row.RowKey);
                        break;
                    case SendStatus.Unreachable:
                        await CountAsync(item, FanOutOutcome.Unreachable, CancellationToken.None);
                        done.Add(row.RowKey);
                        unreachableChats.Add(item.ChatId);
                        await inbox.PublishCommandAsync(
                            item.ChatId, new InternalCommand(EngineCommands.Unreachable, $"unreachable:{userId}:{row.RowKey}"), CancellationToken.None);
                        break;
                    case SendStatus.RetryLater:
                        await RetryLaterAsync(userId, rows, index, outcome.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
                        settled = true;
                        return;
                    case SendStatus.Transient:
                        await RetryLaterAsync(userId, rows, index, BackOff(row), ct);
                        settled = true;
                        return;
                }
            }

            settled = true;
        }
        finally
        {
            await store.DeleteOutboxAsync(userId, done, CancellationToken.None);
            if (!settled)
            {
                // Stopped by a shutdown or a failure: what this runner holds is free for the next one at once.
                await ReleaseAsync(userId, rows, index, done, clock.GetUtcNow());
            }
        }
    }

    /// <summary>The key of the <c>engine.message-sent</c> command for a row: the same on every retry, so a
    /// repeated report is applied once.</summary>
    public static string MessageSentKey(long userId, string rowKey) => $"msgid:{userId}:{rowKey}";

    private async Task KeepIdAsync(long userId, OutboxRow row, SendOutcome outcome, CancellationToken ct)
    {
        if (row.Item.KeepId is not { } keep)
        {
            return;
        }

        if (outcome.MessageId is not { } messageId)
        {
            log.LogWarning("Telegram returned no message id for {Method} of user {UserId}; '{DataKey}' not kept", row.Item.Kind, userId, keep.DataKey);
            return;
        }

        await inbox.PublishCommandAsync(userId, InternalCommand.Create(
            EngineCommands.MessageSent,
            MessageSentKey(userId, row.RowKey),
            new MessageSent(row.Item.ChatId, messageId, keep.DataKey, keep.Effect, keep.Payload)), ct);
    }

    private Task CountAsync(OutboxItem item, FanOutOutcome outcome, CancellationToken ct) =>
        item.FanOutId is { } id ? fanOut.RecordAsync(id, item.ChatId, outcome, ct) : Task.CompletedTask;

    private async Task<bool> RunEffectAsync(OutboxRow row, CancellationToken ct)
    {
        var item = row.Item;
        if (!_effects.TryGetValue(item.Effect ?? "", out var handler))
        {
            log.LogError("No handler for effect {Effect} of user {UserId}; the row is dropped", item.Effect, row.UserId);
            return true;
        }

        try
        {
            await handler.RunAsync(new EffectContext(row.UserId, $"{row.UserId}:{row.RowKey}", item.Payload), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Effect {Effect} of user {UserId} failed; it will be retried", item.Effect, row.UserId);
            return false;
        }
    }

    /// <summary>The longer a row has failed, the longer the wait (10 s up to 15 min); OutboxSweep
    /// dead-letters rows that fail for a day.</summary>
    private TimeSpan BackOff(OutboxRow row)
    {
        var age = clock.GetUtcNow() - row.CreatedAt;
        var delay = age / 2;
        return delay < MinRetryDelay ? MinRetryDelay : delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    /// <summary>The row at <paramref name="from"/> must wait: this runner releases it and the rest it holds, and the
    /// outbox queue brings the user back after the wait (the rows are taken as abandoned then; a runner of the user's
    /// next message may take them sooner, and at worst meets the same 429).</summary>
    private async Task RetryLaterAsync(long userId, List<(OutboxRow Row, bool Held)> rows, int from, TimeSpan delay, CancellationToken ct)
    {
        await ReleaseAsync(userId, rows, from, [], clock.GetUtcNow());
        await storage.Queue(StorageNames.OutboxQueue).SendMessageAsync(new OutboxQueueMessage(userId).Serialize(), delay, cancellationToken: ct);
    }

    private async Task ReleaseAsync(long userId, List<(OutboxRow Row, bool Held)> rows, int from, List<string> done, DateTimeOffset until)
    {
        var held = rows.Skip(from).Where(r => r.Held && !done.Contains(r.Row.RowKey)).Select(r => r.Row.RowKey).ToList();
        try
        {
            await store.ReleaseOutboxAsync(userId, held, until, CancellationToken.None);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
        {
            // They lapse by themselves after InFlightGrace; the sweep carries them out then.
            log.LogWarning(ex, "Outbox rows of user {UserId} could not be released; they are taken over when they lapse", userId);
        }
    }

    /// <summary>The row, still this runner's when a Bot API call begun now would end: claimed again (conditionally)
    /// when its ownership could run out during the call. Null when another runner took it meanwhile.</summary>
    private async Task<OutboxRow?> KeepAsync(OutboxRow row, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now + CallTimeout + ClockSkew < OwnedUntil(row))
        {
            return row;
        }

        if (row.ClaimedUntil is null)
        {
            // Committed by this runner and never claimed: a claim on it now is another runner's.
            var current = await store.GetOutboxAsync(row.UserId, row.RowKey, ct);
            if (current is null || current.ClaimedUntil is not null)
            {
                return null;
            }

            row = current;
        }

        return await store.TryClaimOutboxAsync(row, now + InFlightGrace, ct);
    }
}
