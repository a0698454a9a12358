namespace Bot.Engine.Files;

/// <summary>What <see cref="TelegramFiles.DownloadAsync"/> fetched: Telegram's file path (e.g. "photos/file_3.jpg"),
/// its size when known, and the content type its extension implies.</summary>
public sealed record DownloadedFile(string FileId, string FilePath, long? Size, string ContentType);
