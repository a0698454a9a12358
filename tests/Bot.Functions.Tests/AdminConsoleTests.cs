using Bot.Functions.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Functions.Tests;

/// <summary>The AdminConsole function serves the console's embedded files: index.html for the bare path,
/// the right content type per file, 404 for anything else.</summary>
public sealed class AdminConsoleTests
{
    private static IActionResult Get(string? path) =>
        new AdminConsole(NullLogger<AdminConsole>.Instance).Run(new DefaultHttpContext().Request, path, CancellationToken.None);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("index.html")]
    public void TheBarePath_AnswersTheConsolePage(string? path)
    {
        var file = Assert.IsType<FileContentResult>(Get(path));
        Assert.Equal("text/html; charset=utf-8", file.ContentType);
        Assert.Contains("/api/console/app.js", System.Text.Encoding.UTF8.GetString(file.FileContents), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app.js", "text/javascript; charset=utf-8")]
    [InlineData("app.css", "text/css; charset=utf-8")]
    [InlineData("screens/users.js", "text/javascript; charset=utf-8")]
    public void AFile_IsServedWithItsContentType(string path, string contentType)
    {
        var file = Assert.IsType<FileContentResult>(Get(path));
        Assert.Equal(contentType, file.ContentType);
        Assert.NotEmpty(file.FileContents);
    }

    [Theory]
    [InlineData("nothing.js")]
    [InlineData("../appsettings.json")]
    [InlineData("screens/../../Bot.Features.dll")]
    [InlineData("/etc/passwd")]
    [InlineData("screens")]
    public void AnythingElse_Is404WithTheReason(string path)
    {
        var result = Assert.IsType<ContentResult>(Get(path));
        Assert.Equal(404, result.StatusCode);
        Assert.Contains("no console file", result.Content, StringComparison.Ordinal);
    }
}
