using Bot.Engine.Routing;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.LocalHost.Tests;

/// <summary>The web chat in headless Chromium (the collection's <see cref="BrowserFixture"/>): a person adds a user,
/// writes /start and presses the menu button; a photo each way shown inline.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WebChatBrowserTests(AzuriteFixture azurite, BrowserFixture browsers)
{
    [Fact]
    public async Task A_person_writes_start_in_the_web_chat_and_presses_the_menu_button()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, services: s => s.AddSingleton<IFlow, LocalTestFlow>());
        await using var chat = await browsers.NewPageAsync();
        var page = chat.Page;

        await page.GotoAsync(host.Url + "/");
        await page.FillAsync("#new-user-id", "501");
        await page.FillAsync("#new-user-name", "Vera");
        await page.ClickAsync("#add-user-button");
        await page.ClickAsync("#user-list .user-item[data-user-id='501']");
        var conversation = page.Locator("#conversations .conversation").First;
        await conversation.Locator(".message-input").FillAsync("/start");
        await conversation.Locator(".send-button").ClickAsync();
        await host.SettleAsync();

        await Assertions.Expect(conversation.Locator(".msg.bot .text").First).ToContainTextAsync("Привет, Vera!");
        await conversation.Locator(".inline-button", new() { HasText = LocalTestFlow.ButtonText }).ClickAsync();
        await WaitForBotMessageAsync(host, 501, LocalTestFlow.ScheduledText);

        await Assertions.Expect(conversation.Locator(".msg.bot .text", new() { HasText = LocalTestFlow.ScheduledText })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_sends_a_photo_with_the_photo_button_and_sees_it_and_the_bots_image_inline_with_HH_mm_times()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString);
        await host.SendAsync(502, "/start", firstName: "Lena");
        await host.SettleAsync();
        await using var chat = await browsers.NewPageAsync(width: 1000);
        var page = chat.Page;
        await page.GotoAsync(host.Url + "/?users=502");
        var conversation = page.Locator("#conversations .conversation").First;
        await Assertions.Expect(conversation.Locator(".msg.bot").First).ToBeVisibleAsync();

        await conversation.Locator(".message-input").FillAsync("my answer");
        await conversation.Locator(".photo-input").SetInputFilesAsync(new FilePayload
        {
            Name = "answer.png",
            MimeType = "image/png",
            Buffer = TestPng.Create(),
        });
        var userPhoto = conversation.Locator(".msg.user[data-kind='photo'] img.photo");
        await Assertions.Expect(userPhoto).ToBeVisibleAsync();
        await Assertions.Expect(conversation.Locator(".msg.user[data-kind='photo'] .text")).ToHaveTextAsync("my answer");

        var files = host.Services.GetRequiredService<Bot.Engine.Files.FileStore>();
        var blob = await files.SaveAsync(TestPng.Create(), "image/png", CancellationToken.None);
        await host.Services.GetRequiredService<Bot.Engine.Gateway.ITelegramGateway>()
            .ExecuteAsync(Bot.Engine.Outbox.OutboxItem.PhotoUpload(502, blob, "chart"), CancellationToken.None);
        var botPhoto = conversation.Locator(".msg.bot[data-kind='photo'] img.photo");
        await Assertions.Expect(botPhoto).ToBeVisibleAsync();

        Assert.True(await userPhoto.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the user's photo did not load");
        Assert.True(await botPhoto.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the bot's photo did not load");
        foreach (var footer in await conversation.Locator(".msg .footer").AllTextContentsAsync())
        {
            Assert.Matches(@"^(edited · )?\d{2}:\d{2}$", footer);
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "webchat-photos.png") });
    }

    /// <summary>The button press goes out from the page asynchronously; settle once it has reached the emulator.</summary>
    private static async Task WaitForBotMessageAsync(TestHost host, long userId, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await host.BotMessagesAsync(userId)).Any(m => m.Text == text))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the bot did not answer '{text}'");
            await host.SettleAsync();
        }
    }
}
