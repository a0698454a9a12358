namespace Bot.Emulator.BotApi;

/// <summary>A file part of a multipart request: its name, bytes and declared content type.</summary>
internal sealed record UploadedFile(string FileName, byte[] Content, string? ContentType)
{
    public long Length => Content.LongLength;
}
