using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulator;

/// <summary>Reads the person-side and control request bodies, turning every malformed input into a 400.</summary>
internal static class EmulatorJson
{
    /// <summary>The body as a JSON object; an empty body is an empty object.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw EmulatorRequestException.BadRequest("the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw EmulatorRequestException.BadRequest("the body is not valid JSON: " + e.Message);
        }
    }

    public static long ParseId(string value, string name) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw EmulatorRequestException.BadRequest($"{name} must be a positive number, not '{value}'");

    public static string? String(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw EmulatorRequestException.BadRequest($"{name} must be a string"),
    };

    public static string RequireString(JsonObject body, string name) =>
        String(body, name) is { Length: > 0 } s ? s : throw EmulatorRequestException.BadRequest($"{name} is required");

    public static long? Long(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<long>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s)
            && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw EmulatorRequestException.BadRequest($"{name} must be a whole number"),
    };

    public static double? Number(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<double>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s)
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw EmulatorRequestException.BadRequest($"{name} must be a number"),
    };

    public static bool? Bool(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw EmulatorRequestException.BadRequest($"{name} must be true or false"),
    };
}
