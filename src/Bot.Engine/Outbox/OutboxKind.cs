namespace Bot.Engine.Outbox;

public enum OutboxKind
{
    SendMessage,
    EditMessageText,
    EditReplyMarkup,
    DeleteMessage,
    AnswerCallback,
    SendPhoto,
    SendDocument,
    Effect,
}
