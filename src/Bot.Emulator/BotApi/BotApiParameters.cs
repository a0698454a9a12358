using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulator.BotApi;

/// <summary>
/// A Bot API call's parameters, from the query string, a JSON body, a urlencoded form or
/// multipart/form-data (where objects arrive as JSON strings and files as parts).
/// </summary>
internal sealed class BotApiParameters
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);

    public static async Task<BotApiParameters> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var parameters = new BotApiParameters();
        foreach (var (key, value) in request.Query)
        {
            parameters._values[key] = JsonValue.Create(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                parameters._values[key] = JsonValue.Create(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
                await file.CopyToAsync(content, ct);
                parameters._files[file.Name] = new UploadedFile(file.FileName, content.ToArray(), file.ContentType);
            }

            return parameters;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return parameters;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON object");
        }

        if (parsed is not JsonObject json)
        {
            throw BotApiException.BadRequest("can't parse JSON object");
        }

        foreach (var (key, value) in json.ToList())
        {
            json.Remove(key);
            parameters._values[key] = value;
        }

        return parameters;
    }

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v is not null || _files.ContainsKey(name);

    public string? GetString(string name) => _values.GetValueOrDefault(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString(),
    };

    public long? GetLong(string name)
    {
        var node = _values.GetValueOrDefault(name);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && (v.TryGetValue<long>(out var number)
            || v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out number)))
        {
            return number;
        }

        throw BotApiException.BadRequest($"invalid {name} specified");
    }

    public long RequireLong(string name) =>
        GetLong(name) ?? throw BotApiException.BadRequest($"{name} is empty");

    public bool GetBool(string name)
    {
        var node = _values.GetValueOrDefault(name);
        return node is JsonValue v
            && (v.TryGetValue<bool>(out var b) && b
                || v.TryGetValue<string>(out var s) && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1"));
    }

    /// <summary>A JSON object parameter, given as an object or (in forms) as a JSON string.</summary>
    public JsonObject? GetObject(string name) => Structured(name) switch
    {
        null => null,
        JsonObject o => o,
        _ => throw BotApiException.BadRequest($"can't parse {name} JSON object"),
    };

    public JsonArray? GetArray(string name) => Structured(name) switch
    {
        null => null,
        JsonArray a => a,
        _ => throw BotApiException.BadRequest($"can't parse {name} JSON array"),
    };

    /// <summary>
    /// A file parameter: an uploaded part (also by <c>attach://name</c>), or a file id / URL string.
    /// </summary>
    public (UploadedFile? Upload, string? Reference) GetFile(string name)
    {
        if (_files.TryGetValue(name, out var upload))
        {
            return (upload, null);
        }

        var text = GetString(name);
        if (text is not null && text.StartsWith("attach://", StringComparison.Ordinal)
            && _files.TryGetValue(text["attach://".Length..], out var attached))
        {
            return (attached, null);
        }

        return (null, string.IsNullOrEmpty(text) ? null : text);
    }

    private JsonNode? Structured(string name)
    {
        var node = _values.GetValueOrDefault(name);
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            try
            {
                return JsonNode.Parse(s);
            }
            catch (JsonException)
            {
                throw BotApiException.BadRequest($"can't parse {name} JSON object");
            }
        }

        return node;
    }
}
