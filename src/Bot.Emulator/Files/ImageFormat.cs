namespace Bot.Emulator.Files;

/// <summary>Recognises the image formats Telegram takes as photos by their first bytes.</summary>
internal static class ImageFormat
{
    /// <summary>"image/png", "image/jpeg", "image/gif", "image/webp", or null when the bytes are none of them.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };

    /// <summary>Width and height of a PNG (from its IHDR chunk), or null for other formats.</summary>
    public static (int Width, int Height)? PngSize(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 24 && ContentTypeOf(bytes) == "image/png"
            ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes[20..]))
            : null;
}
