using System.Net;
using System.Text;
using Bot.Engine.Gateway;
using Bot.Engine.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;

namespace Bot.Engine.Tests.Gateway;

public sealed class TelegramGatewayTests
{
    private sealed class Answer(HttpStatusCode status, string json, Exception? throws = null) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!.AbsolutePath + " " + await request.Content!.ReadAsStringAsync(cancellationToken));
            if (throws is not null)
            {
                throw throws;
            }

            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }

    private static (TelegramGateway Gateway, Answer Handler) Gateway(HttpStatusCode status, string json, Exception? throws = null)
    {
        var handler = new Answer(status, json, throws);
        var client = new TelegramBotClient(new TelegramBotClientOptions("123:ABC", "http://bot.test") { RetryCount = 0 }, new HttpClient(handler));
        return (new TelegramGateway(client, NullLogger<TelegramGateway>.Instance), handler);
    }

    private static readonly OutboxItem Hello = OutboxItem.Message(42, "hello", Markup.InlineColumn(Button.Callback("Pay", "wallet:pay"), Button.Link("Site", "https://example.org")));

    [Fact]
    public async Task SentMessage_ReportsItsIdAndSendsTheKeyboard()
    {
        var (gateway, handler) = Gateway(HttpStatusCode.OK,
            """{"ok":true,"result":{"message_id":77,"date":1,"chat":{"id":42,"type":"private"},"text":"hello"}}""");

        var outcome = await gateway.ExecuteAsync(Hello, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(77, outcome.MessageId);
        var request = Assert.Single(handler.Requests);
        Assert.StartsWith("/bot123:ABC/sendMessage", request, StringComparison.Ordinal);
        Assert.Contains("\"callback_data\":\"wallet:pay\"", request, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"https://example.org\"", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlItems_AskForHtmlParsing_PlainOnesDoNot()
    {
        const string Ok = """{"ok":true,"result":{"message_id":5,"date":1,"chat":{"id":42,"type":"private"},"text":"x"}}""";
        var (gateway, handler) = Gateway(HttpStatusCode.OK, Ok);

        await gateway.ExecuteAsync(OutboxItem.Message(42, "<b>sale</b>") with { Html = true }, CancellationToken.None);
        await gateway.ExecuteAsync(OutboxItem.Message(42, "<b>as typed</b>"), CancellationToken.None);

        Assert.Contains("\"parse_mode\":\"html\"", handler.Requests[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("parse_mode", handler.Requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequests_IsRetryLaterWithTelegramsRetryAfter_WithoutWaiting()
    {
        var (gateway, handler) = Gateway((HttpStatusCode)429,
            """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        var outcome = await gateway.ExecuteAsync(Hello, CancellationToken.None);

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
        Assert.Single(handler.Requests); // the client did not retry by itself
    }

    [Fact]
    public async Task Forbidden_IsUnreachable()
    {
        var (gateway, _) = Gateway(HttpStatusCode.Forbidden, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");
        Assert.Equal(SendStatus.Unreachable, (await gateway.ExecuteAsync(Hello, CancellationToken.None)).Status);
    }

    [Theory]
    [InlineData("Bad Request: message is not modified: specified new message content is the same", SendStatus.Sent)]
    [InlineData("Bad Request: chat not found", SendStatus.Rejected)]
    [InlineData("Bad Request: message to edit not found", SendStatus.Rejected)]
    [InlineData("Bad Request: message can't be edited", SendStatus.Rejected)]
    public async Task BadRequest_NotModifiedCountsAsDone_OthersAreRejected(string description, SendStatus expected)
    {
        var (gateway, _) = Gateway(HttpStatusCode.BadRequest, $$"""{"ok":false,"error_code":400,"description":"{{description}}"}""");
        var edit = new OutboxItem { Kind = OutboxKind.EditMessageText, ChatId = 42, MessageId = 5, Text = "x" };
        Assert.Equal(expected, (await gateway.ExecuteAsync(edit, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task SendMessage_ReturnsTheMessageIdTelegramGave()
    {
        var (gateway, _) = Gateway(HttpStatusCode.OK,
            """{"ok":true,"result":{"message_id":777,"date":1700000000,"chat":{"id":42,"type":"private"},"text":"hi"}}""");
        var outcome = await gateway.ExecuteAsync(Hello, CancellationToken.None);
        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(777, outcome.MessageId);
    }

    [Fact]
    public async Task ServerErrorOrNetworkFailure_IsTransient()
    {
        var (server, _) = Gateway(HttpStatusCode.BadGateway, """{"ok":false,"error_code":502,"description":"Bad Gateway"}""");
        Assert.Equal(SendStatus.Transient, (await server.ExecuteAsync(Hello, CancellationToken.None)).Status);

        var (network, _) = Gateway(HttpStatusCode.OK, "{}", new HttpRequestException("connection refused"));
        Assert.Equal(SendStatus.Transient, (await network.ExecuteAsync(Hello, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task CallbackAnswer_CarriesTextAndAlert()
    {
        var (gateway, handler) = Gateway(HttpStatusCode.OK, """{"ok":true,"result":true}""");
        var answer = new OutboxItem { Kind = OutboxKind.AnswerCallback, CallbackQueryId = "cq9", Text = "Done", ShowAlert = true };

        Assert.Equal(SendStatus.Sent, (await gateway.ExecuteAsync(answer, CancellationToken.None)).Status);
        Assert.Contains("\"callback_query_id\":\"cq9\"", handler.Requests.Single(), StringComparison.Ordinal);
        Assert.Contains("\"show_alert\":true", handler.Requests.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhotoByUrl_SendsTheUrlAndCaption_AndReportsTheMessageId()
    {
        var (gateway, handler) = Gateway(HttpStatusCode.OK,
            """{"ok":true,"result":{"message_id":81,"date":1,"chat":{"id":42,"type":"private"},"photo":[{"file_id":"p","file_unique_id":"u","width":1,"height":1}]}}""");

        var outcome = await gateway.ExecuteAsync(OutboxItem.Photo(42, "https://example.org/p.png", "A product"), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(81, outcome.MessageId);
        var request = Assert.Single(handler.Requests);
        Assert.StartsWith("/bot123:ABC/sendPhoto", request, StringComparison.Ordinal);
        Assert.Contains("https://example.org/p.png", request, StringComparison.Ordinal);
        Assert.Contains("A product", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhotoWithNoFile_IsRejectedWithoutCallingTelegram()
    {
        var (gateway, handler) = Gateway(HttpStatusCode.OK, "{}");

        var outcome = await gateway.ExecuteAsync(new OutboxItem { Kind = OutboxKind.SendPhoto, ChatId = 42 }, CancellationToken.None);

        Assert.Equal(SendStatus.Rejected, outcome.Status);
        Assert.Empty(handler.Requests);
    }
}
