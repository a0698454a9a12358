using System.Text.Json;
using Bot.Engine.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Admin;

/// <summary><c>GET /api/admin/texts</c> lists every text (key, ru, en) as the bot uses it now, with its
/// defaults (defaultRu, defaultEn) and whether an override changes it (overridden);
/// <c>PUT /api/admin/texts/{key}</c> <c>{"ru":"...","en":"..."}</c> overrides one (either language may be
/// left out); <c>DELETE</c> restores the default. Other instances see a change within
/// <see cref="TextCatalog.RefreshInterval"/>.</summary>
public sealed class AdminTextsEndpoints(TextCatalog texts, ILogger<AdminTextsEndpoints> log)
{
    public const int MaxLength = 4096;

    private sealed record TextBody(string? Ru, string? En);

    public async Task<IActionResult> ListAsync(CancellationToken ct)
    {
        var snapshot = await texts.SnapshotAsync(ct);
        return AdminResults.Json(JsonSerializer.Serialize(
            snapshot.All.Select(t => (Now: t, Default: texts.Default(t.Key) ?? t)).Select(t => new
            {
                key = t.Now.Key,
                ru = t.Now.Ru,
                en = t.Now.En,
                defaultRu = t.Default.Ru,
                defaultEn = t.Default.En,
                overridden = t.Now.Ru != t.Default.Ru || t.Now.En != t.Default.En,
            }),
            UsersExport.Json));
    }

    public async Task<IActionResult> PutAsync(HttpRequest request, string key, CancellationToken ct)
    {
        if (!texts.IsKnown(key))
        {
            return AdminResults.Json(JsonSerializer.Serialize(new { error = $"no text with key '{key}'; GET /api/admin/texts lists them" }), 404);
        }

        TextBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<TextBody>(request.Body, UsersExport.Json, ct);
        }
        catch (JsonException)
        {
            return AdminResults.BadRequest("the body must be JSON: {\"ru\":\"...\",\"en\":\"...\"}");
        }

        if (body is null || (string.IsNullOrWhiteSpace(body.Ru) && string.IsNullOrWhiteSpace(body.En)))
        {
            return AdminResults.BadRequest("give ru, en or both, not empty");
        }

        if ((body.Ru?.Length ?? 0) > MaxLength || (body.En?.Length ?? 0) > MaxLength)
        {
            return AdminResults.BadRequest($"a Telegram message holds at most {MaxLength} characters");
        }

        await texts.SetOverrideAsync(key, NullIfBlank(body.Ru), NullIfBlank(body.En), ct);
        log.LogInformation("Text {Key} overridden", key);
        var now = (await texts.SnapshotAsync(ct)).All.Single(t => t.Key == key);
        return AdminResults.Json(JsonSerializer.Serialize(new { key, ru = now.Ru, en = now.En }, UsersExport.Json));
    }

    public async Task<IActionResult> DeleteAsync(string key, CancellationToken ct)
    {
        if (!texts.IsKnown(key))
        {
            return AdminResults.Json(JsonSerializer.Serialize(new { error = $"no text with key '{key}'" }), 404);
        }

        await texts.RemoveOverrideAsync(key, ct);
        log.LogInformation("Text {Key} restored to its default", key);
        var now = (await texts.SnapshotAsync(ct)).All.Single(t => t.Key == key);
        return AdminResults.Json(JsonSerializer.Serialize(new { key, ru = now.Ru, en = now.En }, UsersExport.Json));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
