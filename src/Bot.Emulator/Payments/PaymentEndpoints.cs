using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.Payments;

/// <summary>
/// YooKassa's REST API v3 under <c>/emulator/yookassa/v3</c>, and the payer's side under
/// <c>/emulator/payments</c>: the confirmation page, pay and decline, and the outage switch.
/// </summary>
internal static class PaymentEndpoints
{
    public static void Map(IEndpointRouteBuilder emulator)
    {
        var api = emulator.MapGroup("/yookassa/v3").AddEndpointFilter(AnswerAsYooKassaAsync);

        api.MapPost("/payments", async (HttpContext context, PaymentSandbox sandbox, IOptions<EmulatorOptions> options) =>
        {
            var shopId = Authenticate(context.Request);
            var key = context.Request.Headers["Idempotence-Key"].ToString();
            if (string.IsNullOrWhiteSpace(key))
            {
                throw PaymentApiException.InvalidRequest("Idempotence-Key header is required", "Idempotence-Key");
            }

            var body = await ReadBodyAsync(context.Request);
            var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
                ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
                : options.Value.PublicBaseUrl;
            return Results.Json(sandbox.Create(shopId, key, body, baseUrl));
        });

        api.MapGet("/payments/{paymentId}", (string paymentId, HttpRequest request, PaymentSandbox sandbox) =>
        {
            Authenticate(request);
            return Results.Json(sandbox.Find(paymentId) ?? throw PaymentSandbox.NotFound());
        });

        api.MapPost("/payments/{paymentId}/capture", (string paymentId, HttpRequest request, PaymentSandbox sandbox) =>
        {
            Authenticate(request);
            return Results.Json(Shop(() => sandbox.Capture(paymentId)));
        });

        api.MapPost("/payments/{paymentId}/cancel", (string paymentId, HttpRequest request, PaymentSandbox sandbox) =>
        {
            Authenticate(request);
            return Results.Json(sandbox.Cancel(paymentId));
        });

        emulator.MapPost("/payments/outage", async (HttpRequest request, PaymentSandbox sandbox) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var enabled = EmulatorJson.Bool(body, "enabled") ?? throw EmulatorRequestException.BadRequest("enabled is required");
            var status = EmulatorJson.Long(body, "statusCode") ?? 500;
            if (status is < 400 or > 599)
            {
                throw EmulatorRequestException.BadRequest("statusCode must be an error status (400-599)");
            }

            sandbox.OutageStatusCode = enabled ? (int)status : null;
            return Results.Json(new { enabled, statusCode = sandbox.OutageStatusCode });
        });

        emulator.MapGet("/payments/{paymentId}", (string paymentId, HttpRequest request, PaymentSandbox sandbox, EmulatorState state) =>
            sandbox.View(paymentId) is var (payment, returnUrl)
                ? Results.Content(
                    PaymentPage.Render(payment, returnUrl, PageLanguage(request, payment, state), PayerId(payment)),
                    "text/html; charset=utf-8")
                : Results.Content(PaymentPage.NotFound(paymentId), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound));

        emulator.MapPost("/payments/{paymentId}/pay", (string paymentId, HttpRequest request, PaymentSandbox sandbox) =>
            Answer(request, paymentId, sandbox.Pay(paymentId)));

        emulator.MapPost("/payments/{paymentId}/decline", async (string paymentId, HttpRequest request, PaymentSandbox sandbox) =>
        {
            var reason = request.HasFormContentType
                ? (await request.ReadFormAsync()).TryGetValue("reason", out var r) && r.Count > 0 ? r.ToString() : null
                : EmulatorJson.String(await EmulatorJson.ReadObjectAsync(request), "reason");
            return Answer(request, paymentId, sandbox.Decline(paymentId, reason));
        });
    }

    /// <summary>A form post from the page goes back to the page (in the same language); a script gets the payment object.</summary>
    private static IResult Answer(HttpRequest request, string paymentId, JsonObject payment) =>
        request.HasFormContentType
            ? Results.Redirect(
                $"{request.PathBase}/emulator/payments/{Uri.EscapeDataString(paymentId)}"
                    + (Language(request.Query["lang"].ToString()) is { } lang ? "?lang=" + lang : string.Empty),
                permanent: false,
                preserveMethod: false)
            : Results.Json(payment);

    /// <summary>The page speaks the bot's language for the payer: <c>?lang=ru|en</c> when given, else the payer's
    /// Telegram language code as the bot reads it (ru, uk, be, kk → ru; any other → en), else ru (the bot's default).</summary>
    private static string PageLanguage(HttpRequest request, JsonObject payment, EmulatorState state)
    {
        if (Language(request.Query["lang"].ToString()) is { } explicitLanguage)
        {
            return explicitLanguage;
        }

        string? code = null;
        if (PayerId(payment) is { } userId)
        {
            lock (state.Sync)
            {
                code = state.FindChat(userId)?.User.LanguageCode;
            }
        }

        return code switch
        {
            null or "" => "ru",
            _ when code.StartsWith("ru", StringComparison.OrdinalIgnoreCase) || code.StartsWith("uk", StringComparison.OrdinalIgnoreCase)
                || code.StartsWith("be", StringComparison.OrdinalIgnoreCase) || code.StartsWith("kk", StringComparison.OrdinalIgnoreCase) => "ru",
            _ => "en",
        };
    }

    private static string? Language(string? value) => value?.ToLowerInvariant() switch
    {
        "ru" => "ru",
        "en" => "en",
        _ => null,
    };

    /// <summary>The Telegram user the shop named in the payment's metadata (<c>userId</c>), if any.</summary>
    private static long? PayerId(JsonObject payment) =>
        long.TryParse(payment["metadata"]?["userId"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>Capture through the shop API: the sandbox's person-side refusals become YooKassa errors.</summary>
    private static JsonObject Shop(Func<JsonObject> action)
    {
        try
        {
            return action();
        }
        catch (EmulatorRequestException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            throw PaymentSandbox.NotFound();
        }
        catch (EmulatorRequestException e)
        {
            throw new PaymentApiException(400, "invalid_request", e.Message);
        }
    }

    /// <summary>Basic authentication with shopId:secretKey; any non-empty pair is accepted. Answers the shop id.</summary>
    private static string Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim())).Split(':', 2);
                if (pair is [{ Length: > 0 } shopId, { Length: > 0 }])
                {
                    return shopId;
                }
            }
            catch (FormatException)
            {
                // Falls through to the 401 below.
            }
        }

        throw new PaymentApiException(401, "invalid_credentials", "Basic authentication with shopId and secret key is required");
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await EmulatorJson.ReadObjectAsync(request);
        }
        catch (EmulatorRequestException e)
        {
            throw PaymentApiException.InvalidRequest(e.Message);
        }
    }

    /// <summary>Outage first, then YooKassa's error JSON for any refusal.</summary>
    private static async ValueTask<object?> AnswerAsYooKassaAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var sandbox = context.HttpContext.RequestServices.GetRequiredService<PaymentSandbox>();
        try
        {
            if (sandbox.OutageStatusCode is { } outage)
            {
                throw new PaymentApiException(outage, outage >= 500 ? "internal_server_error" : "invalid_request", "The payment provider is unavailable (sandbox outage)");
            }

            return await next(context);
        }
        catch (PaymentApiException e)
        {
            var error = new JsonObject
            {
                ["type"] = "error",
                ["id"] = Guid.NewGuid().ToString(),
                ["code"] = e.Code,
                ["description"] = e.Description,
            };
            if (e.Parameter is not null)
            {
                error["parameter"] = e.Parameter;
            }

            return Results.Json(error, statusCode: e.StatusCode);
        }
    }
}
