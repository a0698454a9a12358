namespace Bot.Emulator.People;

/// <summary>
/// One line of <c>GET /emulator/users/{userId}/chat</c>. Beyond the contract's fields: <paramref name="Kind"/>
/// (text, photo, document, contact), <paramref name="ContactButtons"/> (reply buttons that share the contact),
/// <paramref name="RemoveKeyboard"/> (the message hides the reply keyboard), <paramref name="Attachment"/> (a file name)
/// and <paramref name="FileUrl"/> (where a photo's or document's bytes are served: <c>/emulator/files/{file_id}</c>, or the URL it was sent by).
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
    string? Attachment,
    string? FileUrl);
