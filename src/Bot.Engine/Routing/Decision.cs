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

    public Decision Reply(string text, Markup? markup = null) => Send(OutboxItem.Message(Session.UserId, text, markup));

    public Decision SendTo(long chatId, string text, Markup? markup = null) => Send(OutboxItem.Message(chatId, text, markup));

    public Decision Edit(int messageId, string text, Markup? inline = null) => Send(new OutboxItem
    {
        Kind = OutboxKind.EditMessageText,
        ChatId = Session.UserId,
        MessageId = messageId,
        Text = text,
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
