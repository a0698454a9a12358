namespace Bot.Engine.Files;

/// <summary>A file read back from <see cref="FileStore"/>: its blob name, bytes and content type.</summary>
public sealed record StoredFile(string Name, byte[] Content, string ContentType);
