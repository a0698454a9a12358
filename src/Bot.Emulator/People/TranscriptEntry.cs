namespace Bot.Emulator.People;

/// <summary>
/// One line of <c>GET /emulator/users/{userId}/chat</c>. Beyond the contract's fields: <paramref name="Kind"/>
/// (text, photo, document, contact), <paramref name="ContactButtons"/> (reply buttons that share the contact),
/// <paramref name="RemoveKeyboard"/> (the message hides the reply keyboard) and <paramref name="Attachment"/> (a file name).
/// </summary>
internal sealed record TranscriptEntry(
    long Id,
    string From,
    string? Text,
    IReadOnlyList<IReadOnlyList<TranscriptButton>> InlineKeyboard,
    IReadOnlyList<IReadOnlyList<string>>? ReplyKeyboard,
    bool Edited,
    DateTimeOffset Date,
    string Kind,
    IReadOnlyList<string>? ContactButtons,
    bool RemoveKeyboard,
    string? Attachment);
