using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.IntegrationTests;

/// <summary>A Bot API that answers like Telegram (so the real Telegram.Bot client parses it) and can be
/// told to answer 429 or 403.</summary>
public sealed class FakeBotApi : HttpMessageHandler
{
    private int _messageId;

    public sealed record Call(DateTimeOffset At, string Method, long? ChatId, string? Text, int Status);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Return (status, retryAfter) to fail a call; null lets it succeed.</summary>
    public Func<string, long?, (int Status, int? RetryAfter)?> Fail { get; set; } = (_, _) => null;

    /// <summary>Awaited before a call is answered: a slow Telegram.</summary>
    public Func<string, long?, string?, Task>? BeforeAnswer { get; set; }

    public IReadOnlyList<Call> Sent(long chatId) =>
        Calls.Where(c => c.Method == "sendMessage" && c.ChatId == chatId && c.Status == 200).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body)!.AsObject();
        long? chatId = json["chat_id"] is { } c ? long.Parse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;
        var text = json["text"]?.GetValue<string>();
        if (BeforeAnswer is { } wait)
        {
            await wait(method, chatId, text);
        }

        if (Fail(method, chatId) is { } failure)
        {
            Calls.Enqueue(new Call(DateTimeOffset.UtcNow, method, chatId, text, failure.Status));
            var error = new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = failure.Status,
                ["description"] = failure.Status switch
                {
                    429 => $"Too Many Requests: retry after {failure.RetryAfter}",
                    403 => "Forbidden: bot was blocked by the user",
                    400 when method.StartsWith("edit", StringComparison.Ordinal) => "Bad Request: message to edit not found",
                    400 => "Bad Request: chat not found",
                    _ => "Internal Server Error",
                },
            };
            if (failure.RetryAfter is { } after)
            {
                error["parameters"] = new JsonObject { ["retry_after"] = after };
            }

            return Json((HttpStatusCode)failure.Status, error);
        }

        Calls.Enqueue(new Call(DateTimeOffset.UtcNow, method, chatId, text, 200));
        JsonNode result = method switch
        {
            "sendMessage" => new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _messageId),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["text"] = text,
            },
            _ => JsonValue.Create(true),
        };
        return Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
