using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Engine.Audit;
using Bot.Engine.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Admin;

/// <summary><c>GET /api/admin/texts</c> lists every text (key, ru, en) as the bot uses it now, with its
/// defaults (defaultRu, defaultEn) and whether an override changes it (overridden);
/// <c>PUT /api/admin/texts/{key}</c> <c>{"ru":"...","en":"..."}</c> overrides one (either language may be
/// left out); <c>DELETE</c> restores the default. An override may use only the {placeholders} the default
/// has (the code fills those and no others). Both changes go to the audit log. Other instances see a change
/// within <see cref="TextCatalog.RefreshInterval"/>.</summary>
public sealed partial class AdminTextsEndpoints(TextCatalog texts, AuditLog audit, ILogger<AdminTextsEndpoints> log)
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

        var unknown = UnknownPlaceholders(texts.Default(key)!, body.Ru, body.En);
        if (unknown is not null)
        {
            return AdminResults.BadRequest(unknown);
        }

        await texts.SetOverrideAsync(key, NullIfBlank(body.Ru), NullIfBlank(body.En), ct);
        log.LogInformation("Text {Key} overridden", key);
        await audit.WriteAsync(AuditKinds.Text, null, $"Text {key} overridden",
            JsonSerializer.Serialize(new { ru = NullIfBlank(body.Ru), en = NullIfBlank(body.En) }, UsersExport.Json), ct);
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
        await audit.WriteAsync(AuditKinds.Text, null, $"Text {key} restored to its default", null, ct);
        var now = (await texts.SnapshotAsync(ct)).All.Single(t => t.Key == key);
        return AdminResults.Json(JsonSerializer.Serialize(new { key, ru = now.Ru, en = now.En }, UsersExport.Json));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>Why the override is refused: placeholders the default does not have (in either language),
    /// which the bot would send as they are («Привет {nmae}»); null when every one is known.</summary>
    internal static string? UnknownPlaceholders(TextDefinition defaults, string? ru, string? en)
    {
        var known = Placeholders(defaults.Ru).Concat(Placeholders(defaults.En)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (language, text) in new[] { ("ru", ru), ("en", en) })
        {
            var unknown = Placeholders(text).Where(p => !known.Contains(p)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                problems.Add($"{language}: {string.Join(", ", unknown.Select(p => "{" + p + "}"))}");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var allowed = known.Count == 0 ? "this text has none" : "this text has " + string.Join(", ", known.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"));
        return $"unknown placeholders ({string.Join("; ", problems)}); {allowed}";
    }

    private static IEnumerable<string> Placeholders(string? text) =>
        text is null ? [] : Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
