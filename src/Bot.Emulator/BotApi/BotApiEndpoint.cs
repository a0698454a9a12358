using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.BotApi;

/// <summary>
/// <c>GET|POST /bot{token}/{method}</c>: checks the token, applies flood control to sending methods,
/// runs the method and answers in the Bot API's envelope; every call goes to the call log.
/// </summary>
internal sealed class BotApiEndpoint(
    IOptions<EmulatorOptions> options,
    BotApiMethodTable methods,
    RateLimiter limiter,
    CallLog calls,
    VirtualClock clock,
    ILogger<BotApiEndpoint> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context, string token, string method)
    {
        var ct = context.RequestAborted;
        var name = method;
        long? chatId = null;
        try
        {
            if (!TokenMatches(token))
            {
                throw new BotApiException(401, "Unauthorized");
            }

            if (!methods.TryGet(method, out name, out var handler))
            {
                throw new BotApiException(404, "Not Found");
            }

            var parameters = await BotApiParameters.ReadAsync(context.Request, ct);
            chatId = long.TryParse(parameters.GetString("chat_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
            if (BotApiMethodTable.IsSending(name) && !limiter.TryAcquire(chatId, out var retryAfter))
            {
                throw new BotApiException(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
            }

            var result = await handler(parameters, ct);
            calls.Add(new CallRecord(clock.GetUtcNow(), name, chatId, true, null));
            var body = new JsonObject { ["ok"] = true, ["result"] = result.Result };
            if (result.Description is not null)
            {
                body["description"] = result.Description;
            }

            await WriteAsync(context, StatusCodes.Status200OK, body, ct);
        }
        catch (BotApiException error)
        {
            calls.Add(new CallRecord(clock.GetUtcNow(), name, chatId, false, error.ErrorCode));
            logger.LogInformation("Bot API {Method} answered {ErrorCode}: {Description}", name, error.ErrorCode, error.Description);
            var body = new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = error.ErrorCode,
                ["description"] = error.Description,
            };
            if (error.RetryAfter is { } retry)
            {
                body["parameters"] = new JsonObject { ["retry_after"] = retry };
            }

            await WriteAsync(context, error.ErrorCode, body, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The bot hung up (for instance during a long poll); there is nobody to answer.
        }
    }

    private bool TokenMatches(string token) => CryptographicOperations.FixedTimeEquals(
        Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(options.Value.BotToken));

    private static Task WriteAsync(HttpContext context, int status, JsonObject body, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(JsonOptions), ct);
    }
}
