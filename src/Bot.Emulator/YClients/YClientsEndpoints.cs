using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.YClients;

/// <summary>
/// YCLIENTS' records API under <c>/emulator/yclients/api/v1</c> (point <c>Loyalty:YClients:BaseUrl</c>
/// there), and the booking side under <c>/emulator/yclients</c>: add and change records, the webhook
/// address, a bulk add for benchmarks, and the outage switch.
/// </summary>
internal static class YClientsEndpoints
{
    public const string ApiPath = "/yclients/api/v1";
    public const string AcceptMediaType = "application/vnd.yclients.v2+json";

    public static void Map(IEndpointRouteBuilder emulator)
    {
        var api = emulator.MapGroup(ApiPath).AddEndpointFilter(AnswerAsYClientsAsync);
        api.MapGet("/records/{companyId}", (string companyId, HttpRequest request, YClientsSandbox sandbox, IOptions<EmulatorOptions> options) =>
        {
            Authenticate(request, options.Value);
            if (!long.TryParse(companyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var company) || company != sandbox.CompanyId)
            {
                throw new YClientsApiException(403, "Нет прав на управление компанией");
            }

            var page = QueryInt(request, "page", 1, 1, int.MaxValue);
            var count = QueryInt(request, "count", 20, 1, YClientsSandbox.MaxPageSize);
            var changedAfter = QueryDateTime(request, "changed_after");
            var startDate = QueryDate(request, "start_date");
            var endDate = QueryDate(request, "end_date");
            var (data, total) = sandbox.Query(page, count, changedAfter, startDate, endDate);
            return Results.Json(new JsonObject
            {
                ["success"] = true,
                ["data"] = data,
                ["meta"] = new JsonObject { ["page"] = page, ["total_count"] = total },
            });
        });

        api.MapGet("/record/{companyId}/{recordId}", (string companyId, string recordId, HttpRequest request, YClientsSandbox sandbox, IOptions<EmulatorOptions> options) =>
        {
            Authenticate(request, options.Value);
            if (!long.TryParse(companyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var company) || company != sandbox.CompanyId)
            {
                throw new YClientsApiException(403, "Нет прав на управление компанией");
            }

            var record = long.TryParse(recordId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? sandbox.Get(id) : null;
            return record is null
                ? throw new YClientsApiException(404, "Запись не найдена")
                : Results.Json(new JsonObject { ["success"] = true, ["data"] = record, ["meta"] = new JsonArray() });
        });

        var side = emulator.MapGroup("/yclients");
        side.MapPost("/records", async (HttpRequest request, YClientsSandbox sandbox) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var amount = Amount(body) ?? throw EmulatorRequestException.BadRequest("amount is required");
            var record = sandbox.Add(Phone(body), EmulatorJson.String(body, "name"), amount, EmulatorJson.Bool(body, "paid") ?? false, Attendance(body),
                unreadable: EmulatorJson.Bool(body, "unreadable") ?? false);
            return Results.Json(new { id = record.Id });
        });

        side.MapPost("/records/bulk", async (HttpRequest request, YClientsSandbox sandbox) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var count = EmulatorJson.Long(body, "count") ?? throw EmulatorRequestException.BadRequest("count is required");
            if (count is < 1 or > 1_000_000)
            {
                throw EmulatorRequestException.BadRequest("count must be from 1 to 1000000");
            }

            var firstPhone = EmulatorJson.Long(body, "firstPhone") ?? 0;
            if (firstPhone is < 0 or > 9_999_999)
            {
                throw EmulatorRequestException.BadRequest("firstPhone must be from 0 to 9999999 (the seven digits after +7999)");
            }

            var (first, last) = sandbox.AddMany((int)count, Amount(body) ?? 1000m, EmulatorJson.Bool(body, "paid") ?? true, firstPhone);
            return Results.Json(new { firstId = first, lastId = last, count });
        });

        side.MapGet("/records/{id}", (string id, YClientsSandbox sandbox) =>
            Results.Json(sandbox.Get(EmulatorJson.ParseId(id, "id")) ?? throw EmulatorRequestException.NotFound($"record {id} does not exist")));

        side.MapPost("/records/{id}", async (string id, HttpRequest request, YClientsSandbox sandbox) =>
        {
            var recordId = EmulatorJson.ParseId(id, "id");
            var body = await EmulatorJson.ReadObjectAsync(request);
            var paid = EmulatorJson.Bool(body, "paid");
            var deleted = EmulatorJson.Bool(body, "deleted");
            var amount = Amount(body);
            var attendance = Attendance(body);
            var phone = Phone(body);
            var unreadable = EmulatorJson.Bool(body, "unreadable");
            if (paid is null && deleted is null && amount is null && attendance is null && phone is null && unreadable is null)
            {
                throw EmulatorRequestException.BadRequest("give at least one of paid, deleted, amount, attendance, phone, unreadable");
            }

            return Results.Json(sandbox.Change(recordId, paid, deleted, amount, attendance, phone, unreadable));
        });

        side.MapPost("/webhook", async (HttpRequest request, YClientsWebhookSender webhooks) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var url = EmulatorJson.String(body, "url");
            if (!string.IsNullOrEmpty(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                throw EmulatorRequestException.BadRequest("url must be an absolute http(s) address, or empty to remove the webhook");
            }

            webhooks.Url = url;
            return Results.Json(Webhook(webhooks));
        });

        side.MapGet("/webhook", (YClientsWebhookSender webhooks) => Results.Json(Webhook(webhooks)));

        side.MapPost("/outage", async (HttpRequest request, YClientsSandbox sandbox) =>
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
    }

    /// <summary>The webhook's state; the address itself is not echoed (it carries a function key).</summary>
    private static JsonObject Webhook(YClientsWebhookSender webhooks) => new()
    {
        ["registered"] = webhooks.Url is not null,
        ["pending"] = webhooks.Pending,
        ["delivered"] = webhooks.Delivered,
        ["failed"] = webhooks.Failed,
    };

    /// <summary><c>Authorization: Bearer {partner token}, User {user token}</c>, both as configured; and YCLIENTS' Accept type.</summary>
    private static void Authenticate(HttpRequest request, EmulatorOptions options)
    {
        string? partner = null;
        string? user = null;
        foreach (var part in request.Headers.Authorization.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                partner = part["Bearer ".Length..].Trim();
            }
            else if (part.StartsWith("User ", StringComparison.OrdinalIgnoreCase))
            {
                user = part["User ".Length..].Trim();
            }
        }

        if (partner != options.YClientsPartnerToken || user != options.YClientsUserToken)
        {
            throw YClientsApiException.Unauthorized();
        }

        if (!request.Headers.Accept.ToString().Contains(AcceptMediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new YClientsApiException(400, $"Укажите заголовок Accept: {AcceptMediaType}");
        }
    }

    private static int QueryInt(HttpRequest request, string name, int fallback, int min, int max)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw YClientsApiException.Invalid(name, $"{name} must be a whole number from {min} to {max}");
    }

    private static DateTime? QueryDateTime(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw YClientsApiException.Invalid(name, $"{name} must be YYYY-MM-DDTHH:mm:ss");
    }

    private static DateOnly? QueryDate(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw YClientsApiException.Invalid(name, $"{name} must be YYYY-MM-DD");
    }

    private static decimal? Amount(JsonObject body)
    {
        if (EmulatorJson.Number(body, "amount") is not { } number)
        {
            return null;
        }

        var amount = (decimal)number;
        return amount >= 0 && amount <= 100_000_000 && decimal.Round(amount, 2) == amount
            ? amount
            : throw EmulatorRequestException.BadRequest("amount must be from 0 to 100000000 with at most two decimals");
    }

    private static int? Attendance(JsonObject body) => EmulatorJson.Long(body, "attendance") switch
    {
        null => null,
        { } a when a is >= -1 and <= 2 => (int)a,
        _ => throw EmulatorRequestException.BadRequest("attendance must be -1, 0, 1 or 2"),
    };

    private static string? Phone(JsonObject body) => EmulatorJson.String(body, "phone") switch
    {
        null or "" => null,
        { Length: > 40 } => throw EmulatorRequestException.BadRequest("phone is too long"),
        var phone => phone,
    };

    /// <summary>Outage first, then YCLIENTS' error JSON for any refusal.</summary>
    private static async ValueTask<object?> AnswerAsYClientsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var sandbox = context.HttpContext.RequestServices.GetRequiredService<YClientsSandbox>();
        try
        {
            if (sandbox.OutageStatusCode is { } outage)
            {
                throw new YClientsApiException(outage, "Сервис временно недоступен (sandbox outage)");
            }

            return await next(context);
        }
        catch (YClientsApiException e)
        {
            var meta = new JsonObject { ["message"] = e.Message };
            if (e.Errors is { } errors)
            {
                meta["errors"] = new JsonObject(errors.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));
            }

            return Results.Json(new JsonObject { ["success"] = false, ["data"] = null, ["meta"] = meta }, statusCode: e.StatusCode);
        }
    }
}
