namespace Bot.Emulator.BotApi;

/// <summary>A file part of a multipart request; only its name and size are kept.</summary>
internal sealed record UploadedFile(string FileName, long Length, string? ContentType);
