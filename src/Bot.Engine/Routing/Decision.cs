using System.Collections.Immutable;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Sessions;

namespace Bot.Engine.Routing;

/// <summary>What a handler decided: the new session, ledger postings and effects. Built fluently and
/// immutably; nothing happens until the processor commits it.</summary>
public sealed record Decision
{
    public required Session Session { get; init; }
    public ImmutableList<Posting> Postings { get; init; } = [];
    public ImmutableList<OutboxItem> Outbox { get; init; } = [];

    /// <summary>Text shown on the pressed button's spinner (callbacks are always answered).</summary>
    public string? CallbackAnswer { get; init; }
    public bool CallbackAlert { get; init; }

    public Decision GoTo(string state) => this with { Session = Session with { State = state } };

    public Decision Set(string key, string? value) => this with { Session = Session.With(key, value) };

    public Decision Change(Func<Session, Session> change) => this with { Session = change(Session) };

    /// <summary>Sends a message to this user. With <paramref name="keepIdAs"/>, the message_id Telegram
    /// returns is written to <c>Session.Data[keepIdAs]</c> a moment after the send (engine.message-sent).</summary>
    public Decision Reply(string text, Markup? markup = null, string? keepIdAs = null) =>
        Send(OutboxItem.Message(Session.UserId, text, markup) with { KeepId = keepIdAs is null ? null : KeepMessageId.InSession(keepIdAs) });

    /// <summary>Sends a message to any chat; <paramref name="keepId"/> keeps its id in this user's session
    /// or hands it to an effect (<see cref="Processing.MessageSent"/> as payload).</summary>
    public Decision SendTo(long chatId, string text, Markup? markup = null, KeepMessageId? keepId = null) =>
        Send(OutboxItem.Message(chatId, text, markup) with { KeepId = keepId });

    /// <summary>Clears the buttons of the message whose id is kept under <paramref name="dataKey"/> and
    /// forgets it; nothing when none is kept.</summary>
    public Decision ClearKeptButtons(string dataKey) =>
        Session.Get(dataKey) is { } kept && int.TryParse(kept, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? ClearButtons(id).Set(dataKey, null)
            : Set(dataKey, null);

    /// <summary>A fan-out recipient's message (the runner counts it sent, unreachable or failed).</summary>
    public Decision Deliver(string fanOutId, string text, Markup? markup = null) =>
        Send(OutboxItem.Message(Session.UserId, text, markup) with { FanOutId = fanOutId });

    /// <summary>Counts this fan-out recipient as skipped (nothing sent).</summary>
    public Decision SkipFanOut(string fanOutId) =>
        Effect(EngineEffects.FanOutOutcome, new FanOuts.FanOutOutcomeRequest(fanOutId, Session.UserId, FanOuts.FanOutOutcome.Skipped));

    public Decision Edit(int messageId, string text, Markup? inline = null) => Send(new OutboxItem
    {
        Kind = OutboxKind.EditMessageText,
        ChatId = Session.UserId,
        MessageId = messageId,
        Text = text,
        Markup = inline,
    });

    /// <summary>Edits the caption of a photo or document the bot sent (the text of a message with media); without
    /// <paramref name="inline"/> its buttons go.</summary>
    public Decision EditCaption(int messageId, string caption, Markup? inline = null) => Send(new OutboxItem
    {
        Kind = OutboxKind.EditMessageCaption,
        ChatId = Session.UserId,
        MessageId = messageId,
        Text = caption,
        Markup = inline,
    });

    /// <summary>Removes the inline keyboard of a message (so an old button cannot be pressed twice).</summary>
    public Decision ClearButtons(int messageId) => Send(new OutboxItem
    {
        Kind = OutboxKind.EditReplyMarkup,
        ChatId = Session.UserId,
        MessageId = messageId,
    });

    public Decision Send(OutboxItem item) => this with { Outbox = Outbox.Add(item) };

    public Decision Answer(string? text, bool alert = false) => this with { CallbackAnswer = text, CallbackAlert = alert };

    public Decision Post(string currency, decimal amount, string key, string reason) =>
        this with { Postings = Postings.Add(new Posting(currency, amount, key, reason)) };

    public Decision Effect(string name, object? payload = null) =>
        Send(OutboxItem.ForEffect(name, Session.UserId, payload));

    /// <summary>Queues an internal command for a user (another, or this one) after the commit.</summary>
    public Decision Command(long userId, InternalCommand command, TimeSpan? delay = null) =>
        Effect(EngineEffects.Enqueue, new EnqueueCommand(userId, command, delay));

    /// <summary>Schedules an internal command for a user at a time (the Reminders timer delivers it).</summary>
    public Decision Schedule(DateTimeOffset at, long userId, InternalCommand command) =>
        Effect(EngineEffects.Schedule, new ScheduleCommand(at, userId, command));
}
