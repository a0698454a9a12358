using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Emulator.Files;

namespace Bot.Emulator.State;

/// <summary>Every file users and the bot sent, by file id and by file path (thread-safe on its own).</summary>
internal sealed class FileStorage
{
    private readonly ConcurrentDictionary<string, FileRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileRecord> _byPath = new(StringComparer.Ordinal);
    private long _lastNumber;

    /// <summary>Keeps bytes under a new file id (prefix "AgAC" for photos, "BQAC" for documents, as Telegram's ids start).</summary>
    public FileRecord Add(bool photo, byte[]? content, string contentType, string? url = null, string? fileId = null)
    {
        var number = Interlocked.Increment(ref _lastNumber).ToString(CultureInfo.InvariantCulture);
        var id = fileId ?? (photo ? "AgAC" : "BQAC") + Guid.NewGuid().ToString("N");
        var folder = photo ? "photos" : "documents";
        var record = new FileRecord(id, "AQAD" + number, $"{folder}/file_{number}{Extension(contentType)}", content, contentType, url);
        _byId[id] = record;
        _byPath[record.FilePath] = record;
        return record;
    }

    /// <summary>A photo as Telegram keeps it: scaled-down sizes (90, 320, 800 px on the long side, those smaller than
    /// the image) and the full size, smallest first, each its own file id. The emulator does not scale images:
    /// every size serves the same bytes; the sizes say the dimensions Telegram would make.</summary>
    public JsonArray AddPhoto(byte[] content, string contentType)
    {
        var (width, height) = ImageFormat.PngSize(content) ?? (1280, 1280);
        var longSide = Math.Max(1, Math.Max(width, height));
        var sizes = new JsonArray();
        foreach (var side in new[] { 90, 320, 800 }.Where(s => s < longSide).Append(longSide))
        {
            var scale = side / (double)longSide;
            var record = Add(photo: true, content, contentType);
            sizes.Add(PhotoSize(record, Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale))));
        }

        return sizes;
    }

    public static JsonObject PhotoSize(FileRecord file, int width, int height) => new()
    {
        ["file_id"] = file.FileId,
        ["file_unique_id"] = file.UniqueId,
        ["file_size"] = file.Content is null ? 1024 : file.Size,
        ["width"] = width,
        ["height"] = height,
    };

    public FileRecord? Find(string fileId) => _byId.GetValueOrDefault(fileId);

    public FileRecord? FindByPath(string filePath) => _byPath.GetValueOrDefault(filePath);

    private static string Extension(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        "text/csv" => ".csv",
        "text/plain" => ".txt",
        _ => "",
    };
}
