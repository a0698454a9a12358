namespace Bot.Emulator.State;

/// <summary>
/// A file Telegram's side holds: its <c>file_id</c>, <c>file_unique_id</c>, the <c>file_path</c> that
/// <c>getFile</c> answers, and its bytes (null for a file sent by URL or by an id the emulator never saw:
/// those have no bytes to serve, and <see cref="Url"/> says where the image is, if anywhere).
/// </summary>
internal sealed record FileRecord(string FileId, string UniqueId, string FilePath, byte[]? Content, string ContentType, string? Url)
{
    public long Size => Content?.LongLength ?? 0;
}
