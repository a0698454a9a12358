using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Features.Admin;
using Bot.Features.Helpdesk.Report;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Helpdesk.Admin;

/// <summary>The helpdesk's admin API (CONTRACTS.md, "Helpdesk"): settings, tariffs, roles and the orders
/// export. Shared by the Functions classes and the local host.</summary>
public sealed partial class HelpdeskAdminEndpoints(
    ReferenceData reference, SessionStore sessions, InboxProcessor processor, OrderIndex index, ReportService reports, TimeProvider clock,
    ILogger<HelpdeskAdminEndpoints> log)
{
    public const int MaxBodyChars = 64 * 1024;
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ---- settings ----

    /// <summary><c>GET /api/admin/helpdesk/settings</c>.</summary>
    public async Task<IActionResult> GetSettingsAsync(CancellationToken ct) =>
        AdminResults.Json(JsonSerializer.Serialize(await SettingsAsync(ct), Json));

    /// <summary><c>PUT /api/admin/helpdesk/settings</c>: the named settings change (the rest keep their values);
    /// a value out of range → 400 naming the setting and its range.</summary>
    public async Task<IActionResult> PutSettingsAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return AdminResults.BadRequest($"the body must be JSON of at most {MaxBodyChars} characters");
        }

        var (parsed, error) = HelpdeskSettings.Parse(body, await SettingsAsync(ct));
        if (parsed is null)
        {
            return AdminResults.BadRequest(error!);
        }

        // Conditional on the stored version: another admin's change of other settings meanwhile is kept (the ranges do
        // not depend on the current values, so the body that parsed above parses again).
        var settings = await reference.ChangeAsync(HelpdeskReference.Settings, current => HelpdeskSettings.Parse(body, current).Settings!, ct);
        LogSettings(settings.AssignedContractorsTimeLimit, settings.InformManagerInWorkLimit, settings.InformManagerCreatedLimit, settings.BillingDay, settings.OrderRate);
        return AdminResults.Json(JsonSerializer.Serialize(settings, Json));
    }

    // ---- tariffs ----

    /// <summary><c>GET /api/admin/helpdesk/tariffs</c>.</summary>
    public async Task<IActionResult> ListTariffsAsync(CancellationToken ct) =>
        AdminResults.Json(new JsonArray((await TariffsAsync(ct)).Items.Select(t => (JsonNode?)TariffJson(t)).ToArray()).ToJsonString(Json));

    /// <summary><c>GET /api/admin/helpdesk/tariffs/{tariffId}</c>.</summary>
    public async Task<IActionResult> GetTariffAsync(string tariffId, CancellationToken ct) =>
        (await TariffsAsync(ct)).Find(tariffId) is { } tariff ? AdminResults.Json(TariffJson(tariff).ToJsonString(Json)) : UnknownTariff(tariffId);

    /// <summary><c>PUT /api/admin/helpdesk/tariffs/{tariffId}</c> <c>{"title","ordersPerPeriod","reactionMinutes","resolutionMinutes","assignedContractorsOnly"}</c>:
    /// adds or replaces. Orders keep the times they were created with.</summary>
    public async Task<IActionResult> PutTariffAsync(HttpRequest request, string tariffId, CancellationToken ct)
    {
        if (!Tariff.IsValidId(tariffId))
        {
            return AdminResults.BadRequest("a tariff id is 1 to 32 letters, digits, '-' or '_'");
        }

        var body = await ReadBodyAsync(request, ct);
        var (tariff, error) = ParseTariff(tariffId, body);
        if (tariff is null)
        {
            return AdminResults.BadRequest(error!);
        }

        // Conditional on the stored version (If-Match, read again and retried on 412): a concurrent change of another
        // tariff is kept, not overwritten by this one's copy of the list.
        await reference.ChangeAsync(HelpdeskReference.Tariffs, tariffs => tariffs.With(tariff), ct);
        LogTariff(tariffId, "saved");
        return AdminResults.Json(TariffJson(tariff).ToJsonString(Json));
    }

    /// <summary><c>DELETE /api/admin/helpdesk/tariffs/{tariffId}</c>. Clients on it can no longer create orders
    /// until they get another tariff; their orders keep their times.</summary>
    public async Task<IActionResult> DeleteTariffAsync(string tariffId, CancellationToken ct)
    {
        // Conditional like PUT; the last run of the change (on the list actually stored) tells whether it existed.
        var existed = false;
        await reference.ChangeAsync(HelpdeskReference.Tariffs, tariffs =>
        {
            existed = tariffs.Find(tariffId) is not null;
            return tariffs.Without(tariffId);
        }, ct);
        if (!existed)
        {
            return UnknownTariff(tariffId);
        }

        LogTariff(tariffId, "deleted");
        return AdminResults.Json(JsonSerializer.Serialize(new { tariffId, deleted = true }, Json));
    }

    // ---- roles ----

    /// <summary><c>POST /api/admin/helpdesk/users/{userId}/role</c> <c>{"role","tariffId","assignedContractors"}</c>:
    /// through the user's processor (the same command an owner's button sends). A user the bot has not seen yet
    /// gets the role before their first message.</summary>
    public async Task<IActionResult> GrantRoleAsync(HttpRequest request, long userId, CancellationToken ct)
    {
        if (userId <= 0)
        {
            return AdminResults.BadRequest("userId must be a positive Telegram id");
        }

        var body = await ReadBodyAsync(request, ct);
        var (grant, error) = await ParseGrantAsync(body, ct);
        if (grant is null)
        {
            return AdminResults.BadRequest(error!);
        }

        var key = CommandKey(request, "grant", userId);
        if (key is null)
        {
            return AdminResults.BadRequest("Idempotency-Key must be 1 to 64 letters, digits, '-', '_', '.' or ':'");
        }

        await processor.ProcessAsync(InboxEnvelope.ForCommand(userId, InternalCommand.Create(HelpdeskCommands.Grant, key, grant)), ct);
        LogRole(userId, grant.Role, "granted");
        return await UserAnswerAsync(userId, ct);
    }

    /// <summary><c>DELETE /api/admin/helpdesk/users/{userId}/role/{role}</c>.</summary>
    public async Task<IActionResult> RevokeRoleAsync(HttpRequest request, long userId, string role, CancellationToken ct)
    {
        if (!HelpdeskRoles.IsKnown(role))
        {
            return AdminResults.BadRequest($"unknown role '{role}'; the roles are {string.Join(", ", HelpdeskRoles.All)}");
        }

        var session = await sessions.GetAsync(userId, ct);
        if (session is null || !session.HasRole(role))
        {
            return AdminResults.Json(JsonSerializer.Serialize(new { error = $"user {userId} has no role {role}" }), 404);
        }

        var key = CommandKey(request, "revoke", userId);
        if (key is null)
        {
            return AdminResults.BadRequest("Idempotency-Key must be 1 to 64 letters, digits, '-', '_', '.' or ':'");
        }

        await processor.ProcessAsync(InboxEnvelope.ForCommand(userId, InternalCommand.Create(HelpdeskCommands.Revoke, key, new RoleGrant(role))), ct);
        LogRole(userId, role, "revoked");
        return await UserAnswerAsync(userId, ct);
    }

    // ---- orders ----

    /// <summary><c>GET /api/admin/helpdesk/orders?from=&amp;to=&amp;status=&amp;format=csv|json</c> (UTC dates of creation,
    /// both included; the last 30 days by default).</summary>
    public async Task<IActionResult> OrdersAsync(HttpRequest request, CancellationToken ct)
    {
        var (range, error) = DateRange.Parse(request.Query["from"], request.Query["to"], clock.GetUtcNow());
        if (range is null)
        {
            return AdminResults.BadRequest(error!);
        }

        var status = request.Query["status"].ToString();
        if (status.Length > 0 && !OrderStatus.IsKnown(status))
        {
            return AdminResults.BadRequest("status must be created, taken, done or cancelled");
        }

        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or json");
        }

        var orders = (await index.CreatedBetweenAsync(range.FromInstant, range.ToExclusive, ct))
            .Where(o => status.Length == 0 || o.Status == status).ToArray();
        return format == "csv" ? AdminResults.Csv(OrdersCsv(orders), "helpdesk-orders.csv") : AdminResults.Json(OrdersJson(orders));
    }

    /// <summary><c>GET /api/admin/helpdesk/report?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;format=csv|json|png</c>: without dates,
    /// the current billing period.</summary>
    public async Task<IActionResult> ReportAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv" or "png"))
        {
            return AdminResults.BadRequest("format must be csv, json or png");
        }

        DateOnly? from = null, to = null;
        if (request.Query.ContainsKey("from") || request.Query.ContainsKey("to"))
        {
            var (range, error) = DateRange.Parse(request.Query["from"], request.Query["to"], clock.GetUtcNow());
            if (range is null)
            {
                return AdminResults.BadRequest(error!);
            }

            (from, to) = (range.From, range.To);
        }

        var report = await reports.BuildAsync(from, to, ct);
        return format switch
        {
            "png" => new FileContentResult(ReportChart.Png(report, $"Отчёт {report.From:dd.MM.yyyy} — {report.To:dd.MM.yyyy}"), "image/png"),
            "csv" => AdminResults.Csv(ReportCsv(report), "helpdesk-report.csv"),
            _ => AdminResults.Json(ReportJson(report)),
        };
    }

    public static string ReportJson(HelpdeskReport report) => new JsonObject
    {
        ["from"] = report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["clients"] = new JsonArray(report.Clients.Select(c => (JsonNode?)new JsonObject
        {
            ["userId"] = c.UserId, ["name"] = c.Name, ["tariffId"] = c.TariffId, ["created"] = c.Created, ["done"] = c.Done, ["remaining"] = c.Remaining,
        }).ToArray()),
        ["contractors"] = new JsonArray(report.Contractors.Select(c => (JsonNode?)new JsonObject
        {
            ["userId"] = c.UserId, ["name"] = c.Name, ["taken"] = c.Taken, ["done"] = c.Done, ["payout"] = c.Payout,
            ["avgMinutesToTake"] = c.AvgMinutesToTake, ["avgMinutesToFinish"] = c.AvgMinutesToFinish,
        }).ToArray()),
        ["breaches"] = new JsonArray(report.Breaches.Select(b => (JsonNode?)new JsonObject
        {
            ["orderId"] = b.OrderId, ["kind"] = b.Kind, ["minutesLate"] = b.MinutesLate,
        }).ToArray()),
    }.ToJsonString(Json);

    /// <summary>One row per client and per contractor.</summary>
    public static string ReportCsv(HelpdeskReport report)
    {
        var csv = new StringBuilder("kind,userId,name,tariffId,created,done,remaining,taken,payout,avgMinutesToTake,avgMinutesToFinish\n");
        foreach (var c in report.Clients)
        {
            csv.AppendJoin(',', "client", c.UserId.ToString(CultureInfo.InvariantCulture), CsvField(c.Name), CsvField(c.TariffId ?? ""),
                c.Created.ToString(CultureInfo.InvariantCulture), c.Done.ToString(CultureInfo.InvariantCulture), c.Remaining.ToString(CultureInfo.InvariantCulture), "", "", "", "").Append('\n');
        }

        foreach (var c in report.Contractors)
        {
            csv.AppendJoin(',', "contractor", c.UserId.ToString(CultureInfo.InvariantCulture), CsvField(c.Name), "", "",
                c.Done.ToString(CultureInfo.InvariantCulture), "", c.Taken.ToString(CultureInfo.InvariantCulture), c.Payout.ToString(CultureInfo.InvariantCulture),
                c.AvgMinutesToTake?.ToString(CultureInfo.InvariantCulture) ?? "", c.AvgMinutesToFinish?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        }

        return csv.ToString();
    }

    public static string OrdersJson(IEnumerable<Order> orders) =>
        new JsonArray(orders.Select(o => (JsonNode?)new JsonObject
        {
            ["orderId"] = o.OrderId,
            ["clientId"] = o.ClientId,
            ["contractorId"] = o.ContractorId,
            ["status"] = o.Status,
            ["description"] = o.Description,
            ["photoFileId"] = o.PhotoFileId,
            ["createdAt"] = o.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["takenAt"] = o.TakenAt?.ToString("O", CultureInfo.InvariantCulture),
            ["doneAt"] = o.DoneAt?.ToString("O", CultureInfo.InvariantCulture),
            ["rating"] = o.Rating,
        }).ToArray()).ToJsonString(Json);

    public static string OrdersCsv(IEnumerable<Order> orders)
    {
        var csv = new StringBuilder("orderId,clientId,contractorId,status,description,createdAt,takenAt,doneAt,rating\n");
        foreach (var o in orders)
        {
            csv.AppendJoin(',',
                CsvField(o.OrderId), o.ClientId.ToString(CultureInfo.InvariantCulture), o.ContractorId?.ToString(CultureInfo.InvariantCulture) ?? "",
                o.Status, CsvField(o.Description), o.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                o.TakenAt?.ToString("O", CultureInfo.InvariantCulture) ?? "", o.DoneAt?.ToString("O", CultureInfo.InvariantCulture) ?? "",
                o.Rating?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>A CSV field, quoted when needed; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it.</summary>
    public static string CsvField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // ---- helpers ----

    private async Task<HelpdeskSettings> SettingsAsync(CancellationToken ct) => (await reference.SnapshotAsync(ct)).Get(HelpdeskReference.Settings);

    private async Task<HelpdeskTariffs> TariffsAsync(CancellationToken ct) => (await reference.SnapshotAsync(ct)).Get(HelpdeskReference.Tariffs);

    private async Task<IActionResult> UserAnswerAsync(long userId, CancellationToken ct)
    {
        var after = await sessions.GetAsync(userId, ct);
        var answer = new JsonObject
        {
            ["userId"] = userId,
            ["roles"] = new JsonArray((after?.Roles ?? []).Select(r => (JsonNode?)r).ToArray()),
            ["tariffId"] = after?.Get(HelpdeskData.Tariff),
            ["assignedContractors"] = new JsonArray((after is null ? [] : ClientCounter.Assigned(after)).Select(a => (JsonNode?)a).ToArray()),
        };
        return AdminResults.Json(answer.ToJsonString(Json));
    }

    private async Task<(RoleGrant? Grant, string? Error)> ParseGrantAsync(string? body, CancellationToken ct)
    {
        JsonNode? node;
        try
        {
            node = body is null ? null : JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return (null, "the body is not JSON: " + ex.Message);
        }

        if (node is not JsonObject o)
        {
            return (null, "the body must be a JSON object {\"role\":...}");
        }

        var role = (o["role"] as JsonValue)?.TryGetValue<string>(out var r) == true ? r : null;
        if (!HelpdeskRoles.IsKnown(role))
        {
            return (null, $"role must be one of {string.Join(", ", HelpdeskRoles.All)}");
        }

        string? tariffId = null;
        if (o["tariffId"] is JsonValue t && t.TryGetValue<string>(out var tv))
        {
            tariffId = tv;
        }

        if (role == Roles.Client)
        {
            if (tariffId is null)
            {
                return (null, "a client needs a tariffId");
            }

            if ((await TariffsAsync(ct)).Find(tariffId) is null)
            {
                return (null, $"unknown tariff '{tariffId}'");
            }
        }

        List<long>? assigned = null;
        if (o["assignedContractors"] is { } list)
        {
            if (list is not JsonArray array)
            {
                return (null, "assignedContractors must be an array of user ids");
            }

            assigned = [];
            foreach (var item in array)
            {
                if (item is not JsonValue v || !v.TryGetValue<long>(out var id) || id <= 0)
                {
                    return (null, "assignedContractors must be an array of positive user ids");
                }

                assigned.Add(id);
            }
        }

        return (new RoleGrant(role!, tariffId, assigned?.Distinct().ToArray()), null);
    }

    private static (Tariff? Tariff, string? Error) ParseTariff(string tariffId, string? body)
    {
        JsonNode? node;
        try
        {
            node = body is null ? null : JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return (null, "the body is not JSON: " + ex.Message);
        }

        if (node is not JsonObject o)
        {
            return (null, "the body must be a JSON object {\"title\",\"ordersPerPeriod\",\"reactionMinutes\",\"resolutionMinutes\",\"assignedContractorsOnly\"}");
        }

        var title = (o["title"] as JsonValue)?.TryGetValue<string>(out var tv) == true ? tv.Trim() : "";
        if (title.Length is 0 or > 60)
        {
            return (null, "title must be 1 to 60 characters");
        }

        if (!Int(o, "ordersPerPeriod", 0, 100_000, out var orders, out var error)
            || !Int(o, "reactionMinutes", 1, 525_600, out var reaction, out error)
            || !Int(o, "resolutionMinutes", 1, 525_600, out var resolution, out error))
        {
            return (null, error);
        }

        var assignedOnly = false;
        if (o["assignedContractorsOnly"] is { } flag && (flag is not JsonValue fv || !fv.TryGetValue(out assignedOnly)))
        {
            return (null, "assignedContractorsOnly must be true or false");
        }

        return (new Tariff(tariffId, title, orders, reaction, resolution, assignedOnly), null);
    }

    private static bool Int(JsonObject o, string name, int min, int max, out int value, out string? error)
    {
        value = 0;
        error = null;
        if (o[name] is JsonValue v && v.TryGetValue<int>(out value) && value >= min && value <= max)
        {
            return true;
        }

        error = $"{name} must be a whole number from {min} to {max}";
        return false;
    }

    private static JsonObject TariffJson(Tariff t) => new()
    {
        ["tariffId"] = t.TariffId,
        ["title"] = t.Title,
        ["ordersPerPeriod"] = t.OrdersPerPeriod,
        ["reactionMinutes"] = t.ReactionMinutes,
        ["resolutionMinutes"] = t.ResolutionMinutes,
        ["assignedContractorsOnly"] = t.AssignedContractorsOnly,
    };

    private static ContentResult UnknownTariff(string tariffId) =>
        AdminResults.Json(JsonSerializer.Serialize(new { error = $"unknown tariff '{tariffId}'" }), 404);

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return read is 0 or > MaxBodyChars ? null : new string(buffer, 0, read);
    }

    private static string? CommandKey(HttpRequest request, string action, long userId)
    {
        var header = request.Headers[AdminUsersEndpoints.IdempotencyHeader].ToString().Trim();
        if (header.Length == 0)
        {
            return $"admin:{action}:{userId}:{Guid.NewGuid():N}";
        }

        return header.Length <= 64 && header.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? $"admin:{action}:{userId}:{header}"
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk settings changed: {Assigned}/{InWork}/{Created} %, billing day {BillingDay}, rate {Rate}")]
    private partial void LogSettings(int assigned, int inWork, int created, int billingDay, long rate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk tariff {TariffId} {Action}")]
    private partial void LogTariff(string tariffId, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk role of user {UserId}: {Role} {Action}")]
    private partial void LogRole(long userId, string role, string action);
}
