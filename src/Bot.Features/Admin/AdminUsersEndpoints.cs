using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Engine.Inbox;
using Bot.Engine.Ledger;
using Bot.Engine.Processing;
using Bot.Engine.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Admin;

/// <summary>The users part of the admin API (CONTRACTS.md), shared by the Functions classes and the local
/// host. Changes go through the per-user processor as internal commands: the same code and guarantees as
/// any update, and the session read afterwards gives the answer.</summary>
public sealed partial class AdminUsersEndpoints(SessionStore sessions, InboxProcessor processor, ILogger<AdminUsersEndpoints> log)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxReasonLength = 500;
    public const decimal MaxDelta = 1_000_000_000m;

    /// <summary><c>GET /api/admin/users?format=csv|json</c> (json when absent).</summary>
    public async Task<IActionResult> ExportAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("" or "json" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or json");
        }

        var rows = new List<UserExportRow>();
        await foreach (var session in sessions.QueryAllAsync(ct))
        {
            rows.Add(UserExportRow.From(session));
        }

        rows.Sort((a, b) => a.UserId.CompareTo(b.UserId));
        log.LogInformation("Users export of {Count} users as {Format}", rows.Count, format is "" ? "json" : format);
        return format == "csv"
            ? new FileContentResult(UsersExport.ToCsv(rows), "text/csv; charset=utf-8") { FileDownloadName = "users.csv" }
            : AdminResults.Json(UsersExport.ToJson(rows));
    }

    /// <summary><c>POST /api/admin/users/{userId}/balance</c> <c>{"currency":"RUB"|"points","delta":-50.00,"reason":"..."}</c>:
    /// a ledger posting; answers the new balance. An <c>Idempotency-Key</c> header makes a retry apply once.</summary>
    public async Task<IActionResult> ChangeBalanceAsync(HttpRequest request, long userId, CancellationToken ct)
    {
        var (change, error) = await ReadBalanceChangeAsync(request, ct);
        if (change is null)
        {
            return AdminResults.BadRequest(error!);
        }

        if (!TryCommandKey(request, AdminCommands.Balance, userId, out var key, out error))
        {
            return AdminResults.BadRequest(error!);
        }

        if (await sessions.GetAsync(userId, ct) is null)
        {
            return UnknownUser(userId);
        }

        var result = await processor.ProcessAsync(
            InboxEnvelope.ForCommand(userId, InternalCommand.Create(AdminCommands.Balance, key, change)), ct);
        var after = await sessions.GetAsync(userId, ct) ?? throw new InvalidOperationException($"User {userId} vanished.");
        if (after.Get(AdminData.Refused) == key)
        {
            return AdminResults.BadRequest(
                $"the {change.Currency} balance is {after.Balance(change.Currency).ToString(CultureInfo.InvariantCulture)}; it cannot go below zero");
        }

        log.LogInformation("Balance of user {UserId} changed by {Delta} {Currency}: {Result}", userId, change.Delta, change.Currency, result);
        return AdminResults.Json(JsonSerializer.Serialize(new
        {
            userId,
            currency = change.Currency,
            delta = change.Delta,
            balance = after.Balance(change.Currency),
            balances = UserExportRow.From(after).Balances,
            applied = result == ProcessResult.Applied,
        }, UsersExport.Json));
    }

    /// <summary><c>POST /api/admin/users/{userId}/block</c>: the bot stops processing the user's messages.</summary>
    public Task<IActionResult> BlockAsync(HttpRequest request, long userId, CancellationToken ct) =>
        SetBlockedAsync(request, userId, AdminCommands.Block, blocked: true, ct);

    /// <summary><c>POST /api/admin/users/{userId}/unblock</c>.</summary>
    public Task<IActionResult> UnblockAsync(HttpRequest request, long userId, CancellationToken ct) =>
        SetBlockedAsync(request, userId, AdminCommands.Unblock, blocked: false, ct);

    private async Task<IActionResult> SetBlockedAsync(HttpRequest request, long userId, string command, bool blocked, CancellationToken ct)
    {
        if (!TryCommandKey(request, command, userId, out var key, out var error))
        {
            return AdminResults.BadRequest(error!);
        }

        if (await sessions.GetAsync(userId, ct) is null)
        {
            return UnknownUser(userId);
        }

        await processor.ProcessAsync(InboxEnvelope.ForCommand(userId, new InternalCommand(command, key)), ct);
        var after = await sessions.GetAsync(userId, ct);
        log.LogInformation("User {UserId} {Action}", userId, blocked ? "blocked" : "unblocked");
        return AdminResults.Json(JsonSerializer.Serialize(new { userId, blocked = after?.Blocked ?? blocked }, UsersExport.Json));
    }

    /// <summary>404: the admin API names a user the bot has never seen.</summary>
    private static ContentResult UnknownUser(long userId) =>
        AdminResults.Json(JsonSerializer.Serialize(new { error = $"unknown user {userId}: the bot has never seen them" }), 404);

    /// <summary>Reads and checks the body; answers the change or why it is refused.</summary>
    internal static async Task<(BalanceChange? Change, string? Error)> ReadBalanceChangeAsync(HttpRequest request, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return (null, "the body must be JSON: {\"currency\":\"RUB\"|\"points\",\"delta\":-50.00,\"reason\":\"...\"}");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the body must be a JSON object");
            }

            var currency = root.TryGetProperty("currency", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            currency = currency?.Trim() switch
            {
                { } s when s.Equals(Currencies.Rub, StringComparison.OrdinalIgnoreCase) => Currencies.Rub,
                { } s when s.Equals(Currencies.Points, StringComparison.OrdinalIgnoreCase) => Currencies.Points,
                _ => null,
            };
            if (currency is null)
            {
                return (null, "currency must be \"RUB\" or \"points\"");
            }

            if (!root.TryGetProperty("delta", out var d) || d.ValueKind != JsonValueKind.Number || !d.TryGetDecimal(out var delta))
            {
                return (null, "delta must be a number");
            }

            if (delta == 0)
            {
                return (null, "delta must not be zero");
            }

            if (Math.Abs(delta) > MaxDelta)
            {
                return (null, $"delta must be at most {MaxDelta.ToString(CultureInfo.InvariantCulture)} either way");
            }

            if (currency == Currencies.Points && decimal.Truncate(delta) != delta)
            {
                return (null, "points are whole numbers");
            }

            if (decimal.Round(delta, 2) != delta)
            {
                return (null, "RUB has at most two decimals");
            }

            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(reason))
            {
                return (null, "reason is required");
            }

            if (reason.Length > MaxReasonLength)
            {
                return (null, $"reason must be at most {MaxReasonLength} characters");
            }

            return (new BalanceChange(currency, delta, reason), null);
        }
    }

    /// <summary>The command's idempotency key: from the <c>Idempotency-Key</c> header when given, else new.</summary>
    internal static bool TryCommandKey(HttpRequest request, string command, long userId, out string key, out string? error)
    {
        var header = request.Headers[IdempotencyHeader].ToString().Trim();
        error = null;
        if (header.Length == 0)
        {
            key = $"{command}:{userId}:{Guid.NewGuid():N}";
            return true;
        }

        if (!HeaderValue().IsMatch(header))
        {
            key = "";
            error = "Idempotency-Key must be 1 to 64 letters, digits, '-', '_', '.' or ':'";
            return false;
        }

        key = $"{command}:{userId}:{header}";
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderValue();
}
