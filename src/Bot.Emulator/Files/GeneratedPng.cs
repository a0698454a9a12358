using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Bot.Emulator.Files;

/// <summary>A small PNG drawn in code (a coloured square with a lighter diagonal band), for a person who sends
/// a photo without choosing an image.</summary>
internal static class GeneratedPng
{
    public static byte[] Create(int side = 480, int seed = 0)
    {
        var hue = (uint)seed % 6;
        byte[] colour = hue switch
        {
            0 => [0x3A, 0x7B, 0xD5],
            1 => [0x2E, 0xA0, 0x5A],
            2 => [0xD5, 0x6B, 0x3A],
            3 => [0x8E, 0x44, 0xAD],
            4 => [0xC0, 0x39, 0x2B],
            _ => [0x16, 0xA0, 0x85],
        };
        var raw = new byte[side * (1 + side * 3)];
        for (var y = 0; y < side; y++)
        {
            var row = y * (1 + side * 3);
            raw[row] = 0; // filter: none
            for (var x = 0; x < side; x++)
            {
                var band = Math.Abs(x - y) < side / 8;
                for (var c = 0; c < 3; c++)
                {
                    raw[row + 1 + x * 3 + c] = band ? (byte)Math.Min(255, colour[c] + 90) : colour[c];
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc32(typeBytes, data);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        png.Write(crcBytes);
    }

    private static uint Crc32(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
