using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Engine.Files;

/// <summary>
/// Fetches a file a user sent (a photo answer, a document) by its <c>file_id</c> through the Bot API:
/// <c>getFile</c>, then the download route. For the admin API ("photo answers retrievable as files"): the
/// bytes go through our own endpoint, because Telegram's download URL carries the bot token and must never
/// be shown to a person.
/// </summary>
public sealed class TelegramFiles(ITelegramBotClient client, ILogger<TelegramFiles> log)
{
    /// <summary>Telegram serves files up to 20 MB through getFile.</summary>
    public const long MaxDownloadBytes = 20 * 1024 * 1024;

    /// <summary>Copies the file into <paramref name="destination"/>; null when Telegram does not know the file id
    /// (or the file is too big to download), so the caller answers 404.</summary>
    public async Task<DownloadedFile?> DownloadAsync(string fileId, Stream destination, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        try
        {
            var file = await client.GetFile(fileId, ct);
            if (string.IsNullOrEmpty(file.FilePath))
            {
                log.LogInformation("File {FileId} has no download path (larger than {Max} bytes?)", fileId, MaxDownloadBytes);
                return null;
            }

            await client.DownloadFile(file.FilePath, destination, ct);
            return new DownloadedFile(fileId, file.FilePath, file.FileSize, ContentTypeOf(file.FilePath));
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            log.LogInformation("Telegram does not serve file {FileId}: {Error}", fileId, ex.Message);
            return null;
        }
    }

    /// <summary>The content type for a Telegram file path ("photos/file_1.jpg" → image/jpeg).</summary>
    public static string ContentTypeOf(string filePath) => Path.GetExtension(filePath).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".pdf" => "application/pdf",
        ".mp4" => "video/mp4",
        ".oga" or ".ogg" => "audio/ogg",
        ".txt" => "text/plain",
        ".csv" => "text/csv",
        _ => "application/octet-stream",
    };
}
