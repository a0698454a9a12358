using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Bot.Emulator.Files;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Emulator.Tests.Files;

/// <summary>Photos from a person, uploads from the bot, getFile and the download route, as Telegram serves them.</summary>
public sealed class FileTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;
    private HttpClient _http = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _app = await EmulatorApp.StartAsync();
        _http = new HttpClient();
        _bot = new TelegramBotClient(new TelegramBotClientOptions(EmulatorApp.Token, _app.BaseUrl), _http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task PhotoFromAPerson_WithoutAnImage_DeliversAGeneratedPngInSeveralSizesWithTheCaption()
    {
        var sent = await _app.PostAsync("/emulator/users/42/photos", new { caption = "My walk" });
        var updates = await _bot.GetUpdates();

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        var message = Assert.Single(updates).Message!;
        Assert.Equal(sent.Body!["updateId"]!.GetValue<long>(), Assert.Single(updates).Id);
        Assert.Equal("My walk", message.Caption);
        Assert.True(message.Photo!.Length >= 2);
        Assert.Equal(message.Photo.Length, message.Photo.Select(p => p.FileId).Distinct().Count());
        Assert.True(message.Photo[^1].Width > message.Photo[0].Width);

        using var download = new MemoryStream();
        var file = await _bot.GetInfoAndDownloadFile(message.Photo[^1].FileId, download);
        Assert.StartsWith("photos/", file.FilePath, StringComparison.Ordinal);
        Assert.Equal("image/png", ImageFormat.ContentTypeOf(download.ToArray()));
        Assert.Equal(file.FileSize, download.Length);

        var entry = (await _app.TranscriptAsync(42))[^1]!;
        Assert.Equal("photo", entry["kind"]!.GetValue<string>());
        Assert.Equal("user", entry["from"]!.GetValue<string>());
        Assert.Equal("My walk", entry["text"]!.GetValue<string>());
        using var shown = await _http.GetAsync(new Uri(_app.BaseUrl + entry["fileUrl"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/png", shown.Content.Headers.ContentType!.MediaType);
        Assert.Equal(download.ToArray(), await shown.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PhotoFromAPerson_WithBase64_KeepsThoseBytes_AlsoAsADataUrl()
    {
        var png = GeneratedPng.Create(side: 40, seed: 3);

        await _app.PostAsync("/emulator/users/43/photos", new { base64 = "data:image/png;base64," + Convert.ToBase64String(png) });
        var message = Assert.Single(await _bot.GetUpdates()).Message!;
        using var download = new MemoryStream();
        await _bot.GetInfoAndDownloadFile(message.Photo![^1].FileId, download);

        Assert.Equal(png, download.ToArray());
        Assert.Null(message.Caption);
        Assert.Equal(40, message.Photo[^1].Width);
    }

    [Theory]
    [InlineData("not base64 at all!", "not valid Base64")]
    [InlineData("AAECAwQFBgc=", "not a PNG, JPEG, GIF or WebP")]
    public async Task PhotoFromAPerson_WithABadImage_Answers400WithAReason_AndSendsNothing(string base64, string reason)
    {
        var answer = await _app.PostAsync("/emulator/users/44/photos", new { base64, caption = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(reason, answer.Body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await _bot.GetUpdates());
    }

    [Fact]
    public async Task SendPhoto_MultipartUpload_ThenGetFileAndDownload_GiveBackTheSameBytes()
    {
        await _app.UserSaysAsync(45, "hi");
        var png = GeneratedPng.Create(side: 100, seed: 1);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("45"), "chat_id" },
            { new StringContent("Chart"), "caption" },
            { new ByteArrayContent(png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "photo", "chart.png" },
        };

        var answer = await _app.PostAsync($"/bot{EmulatorApp.Token}/sendPhoto", form);
        var largest = answer.Body!["result"]!["photo"]!.AsArray()[^1]!["file_id"]!.GetValue<string>();
        var file = await _app.BotAsync("getFile", new { file_id = largest });
        var path = file.Body!["result"]!["file_path"]!.GetValue<string>();
        using var download = await _http.GetAsync(new Uri($"{_app.BaseUrl}/file/bot{EmulatorApp.Token}/{path}"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Chart", answer.Body["result"]!["caption"]!.GetValue<string>());
        Assert.Equal(png.Length, file.Body["result"]!["file_size"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        var entry = (await _app.TranscriptAsync(45))[^1]!;
        Assert.Equal("bot", entry["from"]!.GetValue<string>());
        Assert.Equal("Chart", entry["text"]!.GetValue<string>());
        Assert.StartsWith("/emulator/files/", entry["fileUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPhoto_ThroughTheClientByUpload_ThenByTheReturnedFileId_AndByUrl()
    {
        await _app.UserSaysAsync(46, "hi");
        using var image = new MemoryStream(GeneratedPng.Create());

        var uploaded = await _bot.SendPhoto(46, InputFile.FromStream(image, "a.png"), caption: "first");
        var again = await _bot.SendPhoto(46, InputFile.FromFileId(uploaded.Photo![^1].FileId), caption: "again");
        var byUrl = await _bot.SendPhoto(46, InputFile.FromUri("https://example.org/cat.jpg"));

        Assert.Equal(uploaded.Photo[^1].FileId, again.Photo![^1].FileId);
        Assert.NotEmpty(byUrl.Photo!);
        var transcript = await _app.TranscriptAsync(46);
        Assert.StartsWith("/emulator/files/", transcript[^2]!["fileUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/cat.jpg", transcript[^1]!["fileUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendPhoto_UploadThatIsNoImage_IsRefusedAsTelegramDoes()
    {
        await _app.UserSaysAsync(47, "hi");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("47"), "chat_id" },
            { new ByteArrayContent([1, 2, 3, 4]), "photo", "x.png" },
        };

        var answer = await _app.PostAsync($"/bot{EmulatorApp.Token}/sendPhoto", form);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Bad Request: IMAGE_PROCESS_FAILED", answer.Body!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetFile_UnknownId_AndDownload_UnknownPathOrWrongToken_AreRefused()
    {
        var unknown = await _app.BotAsync("getFile", new { file_id = "AgACnope" });
        using var missing = await _http.GetAsync(new Uri($"{_app.BaseUrl}/file/bot{EmulatorApp.Token}/photos/file_999.png"));
        await _app.PostAsync("/emulator/users/48/photos", new { });
        var fileId = Assert.Single(await _bot.GetUpdates()).Message!.Photo![^1].FileId;
        var path = (await _app.BotAsync("getFile", new { file_id = fileId })).Body!["result"]!["file_path"]!.GetValue<string>();
        using var wrongToken = await _http.GetAsync(new Uri($"{_app.BaseUrl}/file/bot1:wrong/{path}"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("Bad Request: invalid file_id", unknown.Body!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
    }

    [Fact]
    public async Task WhitespaceOnlyText_IsRefused_BySendMessage_AndByThePersonApi()
    {
        await _app.UserSaysAsync(49, "hi");

        var bot = await _app.BotAsync("sendMessage", new { chat_id = 49, text = " \n\t " });
        var person = await _app.PostAsync("/emulator/users/49/messages", new { text = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, bot.Status);
        Assert.Equal("Bad Request: message text is empty", bot.Body!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, person.Status);
        Assert.Contains("whitespace", person.Body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await _app.TranscriptAsync(49));
    }
}
