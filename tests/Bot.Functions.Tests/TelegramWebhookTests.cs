using System.Text;
using Bot.Engine.Gateway;
using Bot.Engine.Inbox;
using Bot.Functions.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Bot.Functions.Tests;

public sealed class TelegramWebhookTests
{
    private const string Secret = "s3cret-token";
    private const string ValidUpdate =
        """{"update_id":1001,"message":{"message_id":5,"date":1700000000,"chat":{"id":42,"type":"private","first_name":"Anna"},"from":{"id":42,"is_bot":false,"first_name":"Anna","language_code":"ru"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}""";

    private readonly Mock<IInboxPublisher> _inbox = new();

    private TelegramWebhook CreateFunction(int maxBytes = 40_000)
    {
        var options = Options.Create(new TelegramOptions { WebhookSecret = Secret, MaxUpdateBytes = maxBytes });
        var receiver = new WebhookReceiver(options, _inbox.Object, NullLogger<WebhookReceiver>.Instance);
        return new TelegramWebhook(new WebhookEndpoint(receiver), NullLogger<TelegramWebhook>.Instance);
    }

    private static HttpRequest Request(string body, string? secret)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (secret is not null)
        {
            context.Request.Headers[WebhookReceiver.SecretHeader] = secret;
        }

        return context.Request;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("s3cret-token ")]
    public async Task MissingOrWrongSecret_Returns401_AndQueuesNothing(string? secret)
    {
        var result = await CreateFunction().Run(Request(ValidUpdate, secret), CancellationToken.None);

        Assert.IsType<UnauthorizedObjectResult>(result);
        _inbox.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ValidUpdate_Returns200_AndQueuesExactlyOneEnvelopeForItsUser()
    {
        InboxEnvelope? queued = null;
        _inbox.Setup(i => i.PublishAsync(It.IsAny<InboxEnvelope>(), It.IsAny<CancellationToken>(), null))
            .Callback<InboxEnvelope, CancellationToken, TimeSpan?>((e, _, _) => queued = e)
            .Returns(Task.CompletedTask);

        var result = await CreateFunction().Run(Request(ValidUpdate, Secret), CancellationToken.None);

        Assert.IsType<OkResult>(result);
        _inbox.Verify(i => i.PublishAsync(It.IsAny<InboxEnvelope>(), It.IsAny<CancellationToken>(), null), Times.Once);
        Assert.NotNull(queued);
        Assert.Equal(42, queued.UserId);
        Assert.Equal(1001, queued.UpdateId);
        Assert.Equal("u:1001", queued.DedupKey);

        // What was queued reads back as the same update.
        var roundTrip = InboxEnvelope.Parse(queued.Serialize());
        Assert.Equal("/start", roundTrip.Update!.Value.GetProperty("message").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("")]
    public async Task BodyThatIsNotAnUpdate_Returns400WithReason(string body)
    {
        var result = await CreateFunction().Run(Request(body, Secret), CancellationToken.None);

        var bad = Assert.IsType<BadRequestObjectResult>(result);
        Assert.Contains("update", bad.Value!.ToString(), StringComparison.OrdinalIgnoreCase);
        _inbox.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task BodyOverTheSizeLimit_Returns400()
    {
        var huge = ValidUpdate.Replace("/start", "/start " + new string('x', 5_000), StringComparison.Ordinal);

        var result = await CreateFunction(maxBytes: 4_096).Run(Request(huge, Secret), CancellationToken.None);

        var bad = Assert.IsType<BadRequestObjectResult>(result);
        Assert.Contains("4096 bytes", bad.Value!.ToString(), StringComparison.Ordinal);
        _inbox.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task UpdateWithoutAUser_Returns200_AndQueuesNothing()
    {
        const string channelPost = """{"update_id":7,"channel_post":{"message_id":1,"date":1700000000,"chat":{"id":-100,"type":"channel","title":"News"},"text":"hi"}}""";

        var result = await CreateFunction().Run(Request(channelPost, Secret), CancellationToken.None);

        Assert.IsType<OkResult>(result);
        _inbox.VerifyNoOtherCalls();
    }
}
