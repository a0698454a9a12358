using System.Net;
using Bot.Engine.Routing;
using Bot.Features.Menu;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests;

/// <summary>A host with a tiny test flow in its menu: inline buttons, scheduled work and the timers on
/// the emulator's clock.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class FlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(
        azurite.ConnectionString,
        services: s => s.AddSingleton<IFlow, LocalTestFlow>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_shows_the_enabled_flow_as_a_menu_button()
    {
        await _host.SendAsync(201, "/start", firstName: "Boris");
        await _host.SettleAsync();

        var greeting = Assert.Single(await _host.BotMessagesAsync(201));
        Assert.Equal(MenuText.Ru(MenuTexts.StartWelcome).Replace("{name}", "Boris", StringComparison.Ordinal), greeting.Text);
        var button = Assert.Single(Assert.Single(greeting.InlineKeyboard));
        Assert.Equal(LocalTestFlow.ButtonText, button.Text);
    }

    [Fact]
    public async Task A_reminder_arrives_once_when_the_clock_passes_its_time_and_not_before()
    {
        await _host.SendAsync(202, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(202, LocalTestFlow.ButtonText);
        await _host.SettleAsync();
        Assert.Equal(LocalTestFlow.ScheduledText, (await _host.BotMessagesAsync(202))[^1].Text);
        Assert.Contains(await _host.CallsAsync(), c => (string?)c!["method"] == "answerCallbackQuery");

        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(3));
        await _host.SettleAsync();
        Assert.DoesNotContain(await _host.BotMessagesAsync(202), m => m.Text == LocalTestFlow.ReminderText);

        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(3));
        await _host.SettleAsync();
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(60));
        await _host.SettleAsync();

        Assert.Single(await _host.BotMessagesAsync(202), m => m.Text == LocalTestFlow.ReminderText);
    }

    [Fact]
    public async Task After_the_user_blocks_the_bot_nothing_more_is_sent_to_them()
    {
        await _host.SendAsync(203, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(203, LocalTestFlow.ButtonText);
        await _host.SettleAsync();
        var callsBefore = (await _host.CallsAsync()).Count(c => (long?)c!["chatId"] == 203);

        (await _host.Http.PostAsync("/emulator/users/203/block", null)).EnsureSuccessStatusCode();
        await _host.SettleAsync();
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(6));
        await _host.SettleAsync();

        Assert.Equal(callsBefore, (await _host.CallsAsync()).Count(c => (long?)c!["chatId"] == 203));
        Assert.DoesNotContain(await _host.BotMessagesAsync(203), m => m.Text == LocalTestFlow.ReminderText);
    }

    [Fact]
    public async Task A_stale_button_press_is_answered_and_the_menu_still_works()
    {
        await _host.SendAsync(204, "/start");
        await _host.SettleAsync();
        var menu = (await _host.BotMessagesAsync(204))[^1];

        var pressed = await _host.Http.PostAsync("/emulator/users/204/callbacks",
            System.Net.Http.Json.JsonContent.Create(new { messageId = menu.Id, data = "nothing:here" }));
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains(await _host.CallsAsync(), c => (string?)c!["method"] == "answerCallbackQuery" && (bool?)c["ok"] == true);
        Assert.Single(await _host.BotMessagesAsync(204));
    }
}
