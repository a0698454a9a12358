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

    /// <summary>Edits the caption of a photo or document message (its inline keyboard goes unless one is given).</summary>
    EditMessageCaption,
}
