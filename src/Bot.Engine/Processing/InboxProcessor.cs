using System.Collections.Immutable;
using Bot.Engine.Inbox;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Processing;

/// <summary>The per-user processor: read the session, skip duplicates, route, commit session + ledger +
/// outbox in one transaction (re-run on a conflict), then carry out the outbox.</summary>
public sealed class InboxProcessor(
    SessionStore store,
    Router router,
    TextCatalog texts,
    OutboxRunner runner,
    TimeProvider clock,
    IServiceProvider services,
    IOptions<BotOptions> botOptions,
    ILogger<InboxProcessor> log,
    ReferenceData reference)
{
    public const int MaxAttempts = 40;

    /// <summary>Test hook: runs after the commit and before the outbox (a crash injected here must not
    /// lose the reply nor apply the change twice).</summary>
    internal Func<InboxEnvelope, Task>? AfterCommit { get; set; }

    public Task<ProcessResult> ProcessAsync(string queueMessage, CancellationToken ct) =>
        ProcessAsync(InboxEnvelope.Parse(queueMessage), ct);

    public async Task<ProcessResult> ProcessAsync(InboxEnvelope envelope, CancellationToken ct)
    {
        var input = InputParser.Parse(envelope);
        var textSnapshot = await texts.SnapshotAsync(ct);
        var referenceSnapshot = await reference.SnapshotAsync(ct);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var snapshot = await store.LoadAsync(envelope.UserId, ct);
            var now = clock.GetUtcNow();
            var session = snapshot.Session ?? NewSession(envelope.UserId, input, now);
            if (session.RecentKeys.Contains(envelope.DedupKey))
            {
                log.LogInformation("{Key} for user {UserId} was applied before; skipped", envelope.DedupKey, envelope.UserId);
                var abandoned = OutboxRunner.Abandoned(snapshot.PendingOutbox, now);
                if (abandoned.Count > 0)
                {
                    await runner.RunAsync(envelope.UserId, [], abandoned, session.Unreachable, ct);
                }

                return ProcessResult.Duplicate;
            }

            if (session.Blocked && input.Kind != InputKind.Internal)
            {
                log.LogInformation("Update from blocked user {UserId} not processed", envelope.UserId);
                return ProcessResult.Ignored;
            }

            session = WithProfile(session, input, now);
            var decision = Decide(session, input, now, textSnapshot, referenceSnapshot);
            var (next, ledger) = Apply(session, decision, envelope.DedupKey, now);
            var rows = OutboxRows(next, input, decision, envelope.Paced, now);

            var outcome = await store.CommitAsync(snapshot, next, ledger, rows, ct);
            switch (outcome)
            {
                case CommitOutcome.Conflict:
                    log.LogDebug("Session of user {UserId} changed meanwhile; attempt {Attempt} re-runs", envelope.UserId, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), ct);
                    continue;
                case CommitOutcome.DuplicatePosting:
                    log.LogWarning("{Key} for user {UserId} repeats a ledger posting already applied; skipped", envelope.DedupKey, envelope.UserId);
                    return ProcessResult.Duplicate;
            }

            if (AfterCommit is { } hook)
            {
                await hook(envelope);
            }

            await runner.RunAsync(envelope.UserId, rows, OutboxRunner.Abandoned(snapshot.PendingOutbox, now), next.Unreachable, ct);
            return ProcessResult.Applied;
        }

        throw new InvalidOperationException(
            $"User {envelope.UserId}'s session kept changing for {MaxAttempts} attempts; the message goes back to the queue.");
    }

    private Decision Decide(Session session, Input input, DateTimeOffset now, TextSnapshot textSnapshot, ReferenceSnapshot referenceSnapshot)
    {
        if (input.Kind == InputKind.Membership)
        {
            return new Decision { Session = session with { Unreachable = input.Kicked } };
        }

        if (input.Internal?.Name == EngineCommands.Unreachable)
        {
            return new Decision { Session = session with { Unreachable = true } };
        }

        if (input.Internal?.Name == EngineCommands.MessageSent)
        {
            return KeepMessageId(session, input);
        }

        var fanOutId = input.FanOutId;
        if (fanOutId is not null && session.Blocked)
        {
            return new Decision { Session = session }.SkipFanOut(fanOutId);
        }

        var context = new FlowContext(session, input, now, textSnapshot, services, router.Menu) { References = referenceSnapshot };
        var handler = router.Table.Resolve(session.State, input, role => Roles.Has(session, role, botOptions.Value));
        Decision decision;
        if (handler is null)
        {
            log.LogWarning("No route for {Kind} {Name} in state {State}", input.Kind, input.Internal?.Name ?? input.CommandName, session.State);
            decision = context.Decide();
        }
        else
        {
            decision = handler(context);
            if (input.Kind != InputKind.Internal && router.Table.FlowOf(handler) is { } flow && !decision.Session.UsedFlow(flow))
            {
                // Which flows a user used (broadcasts' flow:<name> segment): noted once, in the same commit.
                decision = decision.Change(s => s with { Flows = s.Flows.Add(flow) });
            }
        }

        // A fan-out recipient is always counted: a handler that sent nothing for it skipped it.
        return fanOutId is not null && !decision.Outbox.Any(i => i.FanOutId == fanOutId) ? decision.SkipFanOut(fanOutId) : decision;
    }

    /// <summary><c>engine.message-sent</c>: the id goes under its data key and/or to its effect.</summary>
    private Decision KeepMessageId(Session session, Input input)
    {
        var sent = input.PayloadAs<MessageSent>();
        var decision = new Decision { Session = session };
        if (sent is null)
        {
            log.LogWarning("{Command} for user {UserId} has no payload; ignored", EngineCommands.MessageSent, session.UserId);
            return decision;
        }

        if (!string.IsNullOrEmpty(sent.DataKey))
        {
            decision = decision.Set(sent.DataKey, sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.IsNullOrEmpty(sent.Effect) ? decision : decision.Effect(sent.Effect, sent);
    }

    /// <summary>The session to write: the handler's, with balances moved only by the postings.</summary>
    private static (Session Next, IReadOnlyList<LedgerEntry> Ledger) Apply(Session before, Decision decision, string key, DateTimeOffset now)
    {
        var balances = before.Balances;
        var ledger = new List<LedgerEntry>(decision.Postings.Count);
        foreach (var posting in decision.Postings)
        {
            var after = balances.GetValueOrDefault(posting.Currency) + posting.Amount;
            balances = balances.SetItem(posting.Currency, after);
            ledger.Add(new LedgerEntry(before.UserId, posting, after, now));
        }

        var next = decision.Session.Remember(key).WithPostings(ledger) with
        {
            UserId = before.UserId,
            Balances = balances,
            Seq = before.Seq + 1,
            LastSeenAt = now,
        };
        return (next, ledger);
    }

    private static List<OutboxRow> OutboxRows(Session next, Input input, Decision decision, bool paced, DateTimeOffset now)
    {
        var items = new List<OutboxItem>(decision.Outbox.Count + 1);
        if (input.Kind == InputKind.Callback && input.CallbackQueryId is { } callbackId)
        {
            // Always answered, first, so the button's spinner stops at once.
            items.Add(new OutboxItem
            {
                Kind = OutboxKind.AnswerCallback,
                ChatId = next.UserId,
                CallbackQueryId = callbackId,
                Text = decision.CallbackAnswer,
                ShowAlert = decision.CallbackAlert,
            });
        }

        items.AddRange(paced ? decision.Outbox.Select(i => i.IsTelegramCall ? i with { Paced = true } : i) : decision.Outbox);
        if (next.Unreachable)
        {
            // Fan-out sends stay: the runner counts them as unreachable.
            items.RemoveAll(i => i.IsTelegramCall && i.ChatId == next.UserId && i.FanOutId is null);
        }

        return items.Select((item, i) => new OutboxRow(next.UserId, UserPartition.OutboxKey(next.Seq, i), item, now)).ToList();
    }

    private Session NewSession(long userId, Input input, DateTimeOffset now) => new()
    {
        UserId = userId,
        CreatedAt = now,
        Locale = botOptions.Value.LocaleFor(input.LanguageCode),
        Roles = ImmutableSortedSet<string>.Empty,
    };

    private Session WithProfile(Session session, Input input, DateTimeOffset now) =>
        input.FirstName is null
            ? session
            : session with
            {
                FirstName = input.FirstName,
                Username = input.Username,
                Locale = input.LanguageCode is null ? session.Locale : botOptions.Value.LocaleFor(input.LanguageCode),
                LastSeenAt = now,
            };
}
