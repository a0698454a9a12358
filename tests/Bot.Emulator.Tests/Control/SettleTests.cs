using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Bot.Emulator.Tests.Control;

public sealed class SettleTests
{
    [Fact]
    public async Task Settle_WhenEverythingIsIdle_Answers200()
    {
        var monitor = new Mock<IPipelineMonitor>();
        monitor.Setup(m => m.IsIdleAsync(It.IsAny<CancellationToken>())).ReturnsAsync(true);
        await using var app = await EmulatorApp.StartAsync(s => s.AddSingleton(monitor.Object));

        var answer = await app.PostAsync("/emulator/settle");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Body!["settled"]!.GetValue<bool>());
        monitor.Verify(m => m.IsIdleAsync(It.IsAny<CancellationToken>()), Times.AtLeast(2));
    }

    [Fact]
    public async Task Settle_WaitsUntilTheMonitorIsIdleTwiceInARow()
    {
        var answers = new Queue<bool>([false, false, true, false, true, true]);
        var monitor = new Mock<IPipelineMonitor>();
        monitor.Setup(m => m.IsIdleAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => answers.Count == 0 || answers.Dequeue());
        await using var app = await EmulatorApp.StartAsync(s => s.AddSingleton(monitor.Object));

        var answer = await app.PostAsync("/emulator/settle");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answers);
    }

    [Fact]
    public async Task Settle_WhenAMonitorStaysBusy_Answers504AfterTheTimeout()
    {
        var busy = new Mock<IPipelineMonitor>();
        busy.Setup(m => m.IsIdleAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        await using var app = await EmulatorApp.StartAsync(s => s.AddSingleton(busy.Object));

        var answer = await app.PostAsync("/emulator/settle?timeoutSeconds=0.3");

        Assert.Equal(HttpStatusCode.GatewayTimeout, answer.Status);
        Assert.False(answer.Body!["settled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Settle_WaitsForWebhookDeliveries()
    {
        await using var app = await EmulatorApp.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Receiver.Respond = async _ =>
        {
            await release.Task;
            return 200;
        };
        await app.BotAsync("setWebhook", new { url = app.HookUrl });
        await app.UserSaysAsync(42, "slow");

        var whileHeld = await app.PostAsync("/emulator/settle?timeoutSeconds=0.3");
        release.SetResult();
        var afterRelease = await app.PostAsync("/emulator/settle?timeoutSeconds=10");

        Assert.Equal(HttpStatusCode.GatewayTimeout, whileHeld.Status);
        Assert.Equal(HttpStatusCode.OK, afterRelease.Status);
        Assert.Single(app.Receiver.Delivered);
    }

    [Fact]
    public async Task Settle_WithUnfetchedPolledUpdates_IsNotSettled()
    {
        await using var app = await EmulatorApp.StartAsync();
        await app.UserSaysAsync(42, "nobody polls");

        var answer = await app.PostAsync("/emulator/settle?timeoutSeconds=0.2");

        Assert.Equal(HttpStatusCode.GatewayTimeout, answer.Status);
    }
}
