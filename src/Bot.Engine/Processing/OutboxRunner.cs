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
/// counted on its fan-out.</summary>
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
    /// <summary>How long another worker may still be sending a commit's rows. Rows of other commits are
    /// taken over only when older than this, so that concurrent workers do not send a reply twice.</summary>
    public static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MinRetryDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, IEffectHandler> _effects = effects.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>Pending rows of earlier commits that nobody is sending any more (a crash left them).</summary>
    public static IEnumerable<OutboxRow> Abandoned(IEnumerable<OutboxRow> pending, DateTimeOffset now) =>
        pending.Where(r => now - r.CreatedAt > InFlightGrace);

    public async Task RunAsync(long userId, IEnumerable<OutboxRow> rows, bool userUnreachable, CancellationToken ct)
    {
        var done = new List<string>();
        var unreachableChats = new HashSet<long>();
        if (userUnreachable)
        {
            unreachableChats.Add(userId);
        }

        try
        {
            foreach (var row in rows.OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                // A shutdown stops between rows, never inside one: the rest stay for the redelivery or the sweep.
                ct.ThrowIfCancellationRequested();
                var item = row.Item;
                if (item.IsTelegramCall && unreachableChats.Contains(item.ChatId))
                {
                    await CountAsync(item, FanOutOutcome.Unreachable, ct);
                    done.Add(row.RowKey);
                    continue;
                }

                if (item.FanOutId is { } fanOutId && await fanOut.IsCancelledAsync(fanOutId, ct))
                {
                    await CountAsync(item, FanOutOutcome.Skipped, ct);
                    done.Add(row.RowKey);
                    continue;
                }

                if (!item.IsTelegramCall)
                {
                    if (!await RunEffectAsync(row, ct))
                    {
                        await RetryLaterAsync(userId, BackOff(row), ct);
                        return;
                    }

                    done.Add(row.RowKey);
                    continue;
                }

                if (item.FanOutId is not null)
                {
                    // Fan-out sends leave this process no faster than the pace, even when their slots have passed.
                    await sendGate.WaitAsync(ct);
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
                        await RetryLaterAsync(userId, outcome.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
                        return;
                    case SendStatus.Transient:
                        await RetryLaterAsync(userId, BackOff(row), ct);
                        return;
                }
            }
        }
        finally
        {
            await store.DeleteOutboxAsync(userId, done, CancellationToken.None);
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

    private Task RetryLaterAsync(long userId, TimeSpan delay, CancellationToken ct) =>
        storage.Queue(StorageNames.OutboxQueue).SendMessageAsync(new OutboxQueueMessage(userId).Serialize(), delay, cancellationToken: ct);
}
