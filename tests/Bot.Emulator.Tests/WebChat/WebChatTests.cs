using System.Net;

namespace Bot.Emulator.Tests.WebChat;

public sealed class WebChatTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Root_ServesTheChatPage_WithTheStableIdsBrowserTestsUse()
    {
        using var response = await _app.Http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        foreach (var id in new[] { "new-user-id", "new-user-name", "new-user-language", "add-user-button", "user-list", "side-by-side-toggle", "conversations" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("class=\"message-input\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"send-button\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/emulator/web/app.js", "text/javascript")]
    [InlineData("/emulator/web/app.css", "text/css")]
    public async Task Assets_AreServedFromTheAssembly(string path, string mediaType)
    {
        using var response = await _app.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True(body.Length > 500);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/emulator/web/app.js")]
    [InlineData("/emulator/web/app.css")]
    public async Task NothingIsLoadedFromOutsideTheMachine(string path)
    {
        var body = await _app.Http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.DoesNotContain("src=\"http", body, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", body, StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScript_UsesOnlyThePersonSideRoutes_AndTheClassesBrowserTestsUse()
    {
        var script = await _app.Http.GetStringAsync(new Uri("/emulator/web/app.js", UriKind.Relative));

        Assert.Contains("/emulator/users/${userId}/callbacks", script, StringComparison.Ordinal);
        Assert.Contains("/emulator/users/${id}/contact", script, StringComparison.Ordinal);
        Assert.Contains("/emulator/users/${id}/chat", script, StringComparison.Ordinal);
        Assert.Contains("msg ${entry.from}", script, StringComparison.Ordinal);
        Assert.Contains("\"inline-button\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAsset_Answers404()
    {
        using var response = await _app.Http.GetAsync(new Uri("/emulator/web/secrets.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
