using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Engine.Files;
using Bot.Engine.Gateway;
using Bot.Engine.Outbox;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests;

/// <summary>Files through the real pipeline pieces: bytes saved in the files container, uploaded by the gateway
/// with Telegram.Bot to the emulator; a user's photo fetched back by its file id.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class FilesEndToEndTests(AzuriteFixture azurite)
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_generated_image_saved_in_the_files_container_is_uploaded_by_the_gateway_and_shown_in_the_chat()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.SendAsync(601, "/start");
        await host.SettleAsync();
        var files = host.Services.GetRequiredService<FileStore>();
        var gateway = host.Services.GetRequiredService<ITelegramGateway>();

        var name = await files.SaveAsync(Png, "image/png", CancellationToken.None);
        var again = await files.SaveAsync(Png, "image/png", CancellationToken.None);
        var outcome = await gateway.ExecuteAsync(OutboxItem.PhotoUpload(601, name, "Your chart"), CancellationToken.None);

        Assert.Equal(name, again);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
        Assert.Equal(SendStatus.Sent, outcome.Status);
        var entry = (JsonArray)JsonNode.Parse(await host.Http.GetStringAsync("/emulator/users/601/chat"))!;
        var last = entry[^1]!;
        Assert.Equal("photo", last["kind"]!.GetValue<string>());
        Assert.Equal("Your chart", last["text"]!.GetValue<string>());
        Assert.Equal(outcome.MessageId, last["id"]!.GetValue<int>());
        Assert.Equal(Png, await host.Http.GetByteArrayAsync(last["fileUrl"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_upload_whose_blob_is_gone_is_rejected_not_retried_forever()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.SendAsync(602, "/start");
        await host.SettleAsync();
        var gateway = host.Services.GetRequiredService<ITelegramGateway>();

        var outcome = await gateway.ExecuteAsync(OutboxItem.DocumentUpload(602, "missing.png", "report.png"), CancellationToken.None);

        Assert.Equal(SendStatus.Rejected, outcome.Status);
    }

    [Fact]
    public async Task A_users_photo_reaches_the_bot_and_its_file_comes_back_through_getFile()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        using var sent = await host.Http.PostAsJsonAsync("/emulator/users/603/photos", new { caption = "answer", base64 = Convert.ToBase64String(Png) });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await host.SettleAsync();
        var chat = (JsonArray)JsonNode.Parse(await host.Http.GetStringAsync("/emulator/users/603/chat"))!;
        var fileId = chat[0]!["fileUrl"]!.GetValue<string>()["/emulator/files/".Length..];

        using var download = new MemoryStream();
        var file = await host.Services.GetRequiredService<TelegramFiles>().DownloadAsync(Uri.UnescapeDataString(fileId), download, CancellationToken.None);
        var unknown = await host.Services.GetRequiredService<TelegramFiles>().DownloadAsync("AgACunknown", Stream.Null, CancellationToken.None);

        Assert.NotNull(file);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Png, download.ToArray());
        Assert.Null(unknown);
        // The bot answered the photo (the menu's wrong-input reply): nothing was lost or crashed.
        Assert.Contains(chat, m => m!["from"]!.GetValue<string>() == "bot");
    }
}
