using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bot.Engine.Storage;

namespace Bot.Engine.Files;

/// <summary>
/// Files the bot uploads to Telegram (generated images, exports), kept in the blob container
/// <see cref="StorageNames.FilesContainer"/> so that an outbox row names the file instead of carrying its bytes
/// (a table property holds 64 KiB, an entity 1 MiB). Names are content hashes: saving the same bytes twice
/// (an effect run again after a crash) writes one blob, and many outbox rows may name it.
/// </summary>
public sealed class FileStore(BotStorage storage)
{
    /// <summary>Largest file kept: Telegram's limit for photos sent by upload is 10 MB, for documents 50 MB.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    private BlobContainerClient Container => storage.Container(StorageNames.FilesContainer);

    /// <summary>Stores the bytes (idempotent) and answers the blob's name, e.g. "3f…a9.png", to put in
    /// <see cref="Outbox.OutboxItem.Upload"/>.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        if (content.IsEmpty)
        {
            throw new ArgumentException("An empty file cannot be sent to Telegram.", nameof(content));
        }

        if (content.Length > MaxBytes)
        {
            throw new ArgumentException($"The file has {content.Length} bytes; Telegram takes at most {MaxBytes}.", nameof(content));
        }

        var name = Convert.ToHexStringLower(SHA256.HashData(content.Span)) + ExtensionOf(contentType);
        var blob = Container.GetBlobClient(name);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: ct);
            await blob.UploadAsync(BinaryData.FromBytes(content), options, ct);
        }

        return name;
    }

    /// <summary>The file's bytes and content type, or null when no such blob exists (deleted, or never saved).</summary>
    public async Task<StoredFile?> ReadAsync(string name, CancellationToken ct)
    {
        try
        {
            var result = await Container.GetBlobClient(name).DownloadContentAsync(ct);
            return new StoredFile(name, result.Value.Content.ToArray(), result.Value.Details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken ct)
    {
        try
        {
            await Container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The container is gone too: nothing to delete.
        }
    }

    private static string ExtensionOf(string contentType) => contentType.ToLowerInvariant() switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        "text/csv" => ".csv",
        _ => "",
    };
}
