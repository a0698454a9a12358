using System.Security.Cryptography;
using System.Text;
using Bot.Emulator.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.Files;

/// <summary><c>GET /file/bot{token}/{file_path}</c>: a file's bytes, as Telegram serves what <c>getFile</c> pointed to.</summary>
internal static class FileDownloadEndpoint
{
    public static IResult Handle(string token, string filePath, IOptions<EmulatorOptions> options, FileStorage files)
    {
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(options.Value.BotToken)))
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized");
        }

        return files.FindByPath(filePath) is { Content: { } content } file
            ? Results.File(content, file.ContentType)
            : Error(StatusCodes.Status404NotFound, "Not Found");
    }

    private static IResult Error(int status, string description) =>
        Results.Json(new { ok = false, error_code = status, description }, statusCode: status);
}
