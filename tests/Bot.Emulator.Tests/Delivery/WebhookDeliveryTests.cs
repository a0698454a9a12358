using System.Net;

namespace Bot.Emulator.Tests.Delivery;

public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Webhook_ReceivesUpdates_WithTheSecretTokenHeader()
    {
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl, secret_token = "s3cret-Token_1" });

        var updateId = await _app.UserSaysAsync(42, "/start");
        var delivered = await _app.Receiver.WaitForDeliveredAsync(1);

        Assert.Equal(updateId, delivered[0].UpdateId);
        Assert.Equal("s3cret-Token_1", delivered[0].SecretToken);
        Assert.Equal("/start", delivered[0].Update["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetWebhook_DeliversUpdatesQueuedBefore()
    {
        await _app.UserSaysAsync(42, "early");

        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });
        var delivered = await _app.Receiver.WaitForDeliveredAsync(1);

        Assert.Null(delivered[0].SecretToken);
        Assert.Equal("early", delivered[0].Update["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetWebhook_WithBadSecretToken_Answers400()
    {
        var answer = await _app.BotAsync("setWebhook", new { url = _app.HookUrl, secret_token = "has spaces!" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task GetWebhookInfo_ReportsUrlAndAllowedUpdates()
    {
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl, allowed_updates = new[] { "message", "callback_query" } });

        var info = (await _app.BotAsync("getWebhookInfo")).Body!["result"]!;

        Assert.Equal(_app.HookUrl, info["url"]!.GetValue<string>());
        Assert.Equal(new[] { "message", "callback_query" }, info["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task AllowedUpdates_LeaveOtherTypesOut()
    {
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl, allowed_updates = new[] { "message" } });

        await _app.PostAsync("/emulator/users/42/block");
        await _app.UserSaysAsync(43, "counted");
        var delivered = await _app.Receiver.WaitForDeliveredAsync(1);
        await _app.PostAsync("/emulator/settle?timeoutSeconds=5");

        Assert.Single(_app.Receiver.Delivered);
        Assert.NotNull(delivered[0].Update["message"]);
    }

    [Fact]
    public async Task FailedDelivery_IsRetried_AndTheChatsNextUpdateWaitsForIt()
    {
        var failuresLeft = 2;
        _app.Receiver.Respond = attempt => Task.FromResult(
            attempt.Update["message"]!["text"]!.GetValue<string>() == "first" && Interlocked.Decrement(ref failuresLeft) >= 0 ? 500 : 200);
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });

        await _app.UserSaysAsync(42, "first");
        await _app.UserSaysAsync(42, "second");
        await _app.Receiver.WaitForDeliveredAsync(2);

        var texts = _app.Receiver.Attempts.Select(a => (a.Update["message"]!["text"]!.GetValue<string>(), a.Status)).ToList();
        Assert.Equal(new[] { ("first", 500), ("first", 500), ("first", 200), ("second", 200) }, texts);
        var info = (await _app.BotAsync("getWebhookInfo")).Body!["result"]!;
        Assert.Contains("500", info["last_error_message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneChat_IsDeliveredOneAtATimeInOrder_WhileOtherChatsGoInParallel()
    {
        var otherChatArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlightForChat42 = 0;
        var maxInFlightForChat42 = 0;
        _app.Receiver.Respond = async attempt =>
        {
            if (attempt.ChatId == 43)
            {
                otherChatArrived.TrySetResult();
                return 200;
            }

            var now = Interlocked.Increment(ref inFlightForChat42);
            InterlockedMax(ref maxInFlightForChat42, now);
            if (attempt.Update["message"]!["text"]!.GetValue<string>() == "a1")
            {
                // Chat 42's first update is held until chat 43's update has arrived: only possible in parallel.
                await otherChatArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
            }

            Interlocked.Decrement(ref inFlightForChat42);
            return 200;
        };
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });

        await _app.UserSaysAsync(42, "a1");
        await _app.UserSaysAsync(42, "a2");
        await _app.UserSaysAsync(42, "a3");
        await _app.UserSaysAsync(43, "b1");
        await _app.Receiver.WaitForDeliveredAsync(4);

        var chat42 = _app.Receiver.Delivered.Where(d => d.ChatId == 42).Select(d => d.Update["message"]!["text"]!.GetValue<string>());
        Assert.Equal(new[] { "a1", "a2", "a3" }, chat42);
        Assert.Equal(1, maxInFlightForChat42);
        Assert.Equal("b1", _app.Receiver.Delivered[0].Update["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUpdateTheWebhookNeverAccepts_IsRetried_ThenDroppedAfterTheGiveUpTime_AndTheChatMovesOn()
    {
        await using var app = await EmulatorApp.StartAsync(options: o => o.WebhookGiveUpAfter = TimeSpan.FromMilliseconds(300));
        var doomedAttempts = 0;
        app.Receiver.Respond = async a =>
        {
            if (a.Update["message"]!["text"]!.GetValue<string>() != "doomed")
            {
                return 200;
            }

            // The first answer comes slower than the whole give-up time (as on a loaded machine): still retried.
            if (Interlocked.Increment(ref doomedAttempts) == 1)
            {
                await Task.Delay(400);
            }

            return 500;
        };
        await app.BotAsync("setWebhook", new { url = app.HookUrl });

        await app.UserSaysAsync(42, "doomed");
        await app.UserSaysAsync(42, "next");
        var delivered = await app.Receiver.WaitForDeliveredAsync(1);
        var settled = await app.PostAsync("/emulator/settle?timeoutSeconds=10");

        Assert.Equal("next", delivered[0].Update["message"]!["text"]!.GetValue<string>());
        Assert.True(app.Receiver.Attempts.Count(a => a.Update["message"]!["text"]!.GetValue<string>() == "doomed") >= 2);
        Assert.Equal(HttpStatusCode.OK, settled.Status);
    }

    [Fact]
    public async Task AnUnreachableWebhook_IsRetried_UntilItIsPointedSomewhereThatAnswers()
    {
        await _app.BotAsync("setWebhook", new { url = "http://127.0.0.1:9/nothing-listens-here" });
        await _app.UserSaysAsync(42, "patient");
        // Waits for the first failed attempt to be recorded (no fixed delay: a loaded machine is slow to try).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var info = (await _app.BotAsync("getWebhookInfo")).Body!["result"]!;
        while (info["last_error_message"] is null)
        {
            await Task.Delay(50, timeout.Token);
            info = (await _app.BotAsync("getWebhookInfo")).Body!["result"]!;
        }

        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });
        var delivered = await _app.Receiver.WaitForDeliveredAsync(1);

        Assert.Equal(1, info["pending_update_count"]!.GetValue<int>());
        Assert.NotNull(info["last_error_message"]);
        Assert.Equal("patient", delivered[0].Update["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteWebhook_StopsDelivery_AndUpdatesWaitForGetUpdates()
    {
        await _app.BotAsync("setWebhook", new { url = _app.HookUrl });
        await _app.BotAsync("deleteWebhook");

        await _app.UserSaysAsync(42, "polled");
        var updates = (await _app.BotAsync("getUpdates")).Body!["result"]!.AsArray();

        Assert.Single(updates);
        Assert.Empty(_app.Receiver.Attempts);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
