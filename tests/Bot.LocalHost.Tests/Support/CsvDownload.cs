using System.Text;
using Microsoft.Playwright;

namespace Bot.LocalHost.Tests.Support;

/// <summary>Reads a CSV the admin API answered or the console saved, and checks it starts with the UTF-8 byte order
/// mark (without it Excel, opening the file directly, reads Cyrillic in the system's ANSI code page).</summary>
public static class CsvDownload
{
    public static async Task<string> ReadAsync(IDownload download) =>
        Text(await File.ReadAllBytesAsync((await download.PathAsync())!), download.SuggestedFilename);

    public static async Task<string> ReadAsync(HttpResponseMessage response) =>
        Text(await response.Content.ReadAsByteArrayAsync(), response.RequestMessage?.RequestUri?.ToString() ?? "the answer");

    private static string Text(byte[] bytes, string name)
    {
        var bom = Encoding.UTF8.GetPreamble();
        Assert.True(bytes.AsSpan().StartsWith(bom), $"{name} does not start with the UTF-8 byte order mark");
        return Encoding.UTF8.GetString(bytes, bom.Length, bytes.Length - bom.Length);
    }
}
