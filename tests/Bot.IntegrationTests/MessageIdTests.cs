using Bot.Engine.Effects;
using Bot.Engine.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.IntegrationTests;

/// <summary>The bot's own message ids, kept through engine.message-sent, on real storage and queues.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MessageIdTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task KeptId_LandsInTheSession_AndARepeatedReportChangesNothing()
    {
        var recorder = default(RecordingInboxPublisher);
        await using var pipeline = await Pipeline.CreateAsync(azurite, RecordingInboxPublisher.Over(r => recorder = r));
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(3001, 1, "keep");
        await pipeline.SettleAsync();

        var sent = await WaitForAsync(pipeline, 3001, s => s.Get(CounterFlow.KeptKey) is not null);
        var call = Assert.Single(pipeline.Telegram.Sent(3001));
        Assert.Equal("kept", call.Text);
        var report = Assert.Single(recorder!.Published, p => p.Envelope.Command?.Name == EngineCommands.MessageSent).Envelope;
        Assert.Equal(report.Command!.PayloadAs<MessageSent>()!.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sent.Get(CounterFlow.KeptKey));

        // The queue delivers the report again: applied once.
        Assert.Equal(ProcessResult.Duplicate, await pipeline.Processor.ProcessAsync(report, CancellationToken.None));
        Assert.Equal(sent.Seq, (await pipeline.SessionAsync(3001)).Seq);
    }

    [Fact]
    public async Task ClearingTheButtonsOfADeletedMessage_IsQuiet_NoRetryLoop()
    {
        await using var pipeline = await Pipeline.CreateAsync(azurite);
        pipeline.StartWorkers();
        await pipeline.DeliverAsync(3002, 1, "keep");
        await pipeline.SettleAsync();
        await WaitForAsync(pipeline, 3002, s => s.Get(CounterFlow.KeptKey) is not null);

        pipeline.Telegram.Fail = (method, _) => method == "editMessageReplyMarkup" ? (400, null) : null;
        await pipeline.DeliverAsync(3002, 2, "clear");
        await pipeline.SettleAsync();

        Assert.Single(pipeline.Telegram.Calls, c => c.Method == "editMessageReplyMarkup");
        Assert.Equal(["kept", "cleared"], pipeline.Telegram.Sent(3002).Select(c => c.Text));
        Assert.Null((await pipeline.SessionAsync(3002)).Get(CounterFlow.KeptKey));
        Assert.Empty((await pipeline.Sessions.LoadAsync(3002, CancellationToken.None)).PendingOutbox);
    }

    [Fact]
    public async Task KeptId_CanBeHandedToAnEffect()
    {
        var effect = new CopySentEffect();
        await using var pipeline = await Pipeline.CreateAsync(azurite, services => services.AddSingleton<IEffectHandler>(effect));
        pipeline.StartWorkers();

        await pipeline.DeliverAsync(3003, 1, "keep-effect");
        await pipeline.SettleAsync();

        var (_, sent) = Assert.Single(effect.Received);
        Assert.Equal(3003, sent.ChatId);
        Assert.True(sent.MessageId > 0);
        Assert.Equal("order-1", sent.Payload?.GetString());
    }

    private static async Task<Bot.Engine.Sessions.Session> WaitForAsync(Pipeline pipeline, long userId, Func<Bot.Engine.Sessions.Session, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var session = await pipeline.Sessions.GetAsync(userId, CancellationToken.None);
            if (session is not null && condition(session))
            {
                return session;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"User {userId}'s session never met the condition.");
    }
}
