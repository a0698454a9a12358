namespace Bot.Engine.Routing;

public enum InputKind
{
    Text,
    Command,
    Callback,
    Contact,
    Photo,

    /// <summary>A file sent as a document: <see cref="Input.FileId"/>, <see cref="Input.FileName"/>, <see cref="Input.MimeType"/>.</summary>
    Document,
    Location,
    Payment,
    Internal,

    /// <summary>The user blocked or unblocked the bot (my_chat_member); handled by the processor itself.</summary>
    Membership,

    /// <summary>Anything else (stickers, edits, voice): answered with the state's wrong-input reply.</summary>
    Other,
}
