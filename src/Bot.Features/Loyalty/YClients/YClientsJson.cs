using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Features.Loyalty.YClients;

/// <summary>Reads YCLIENTS' JSON leniently where real answers vary (numbers as strings, two offset
/// spellings, <c>{}</c> or <c>[]</c> for an empty map) and strictly where a value matters (a record's id,
/// a service's cost).</summary>
public static partial class YClientsJson
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz",
    ];

    /// <summary>How a record's raw JSON is kept for people to read (Cyrillic as such, not \u escapes).</summary>
    private static readonly JsonSerializerOptions RawJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Reads <c>{"success":…,"data":[…],"meta":{"page":…,"total_count":…}}</c>; an error answer throws.</summary>
    public static YClientsRecordPage ParseRecordsAnswer(string body, int page, int count)
    {
        var json = ParseObject(body, "the records answer");
        if (json["success"] is JsonValue success && success.TryGetValue<bool>(out var ok) && !ok)
        {
            var message = ErrorMessage(json);
            throw new YClientsException("YCLIENTS refused: " + (message ?? "success is false"), 200, message);
        }

        if (json["data"] is not JsonArray data)
        {
            throw new YClientsException("YCLIENTS' answer has no data array.");
        }

        var records = new List<YClientsRecord>(data.Count);
        var problems = new List<YClientsRecordProblem>();
        for (var i = 0; i < data.Count; i++)
        {
            try
            {
                records.Add(ParseRecord(data[i]));
            }
            catch (YClientsFormatException ex)
            {
                problems.Add(new YClientsRecordProblem(i, data[i] is JsonObject o ? Long(o["id"]) : null, ex.Message, Raw(data[i])));
            }
        }

        var meta = json["meta"] as JsonObject;
        var total = Long(meta?["total_count"]) ?? Long(meta?["count"]) ?? records.Count + problems.Count;
        return new YClientsRecordPage((int)(Long(meta?["page"]) ?? page), count, (int)Math.Min(int.MaxValue, total), records, problems);
    }

    /// <summary>Reads <c>GET /record/{company_id}/{record_id}</c>'s answer <c>{"success":true,"data":{record},"meta":…}</c>
    /// as a page of one: the record, or the problem that keeps it unreadable. An error answer throws.</summary>
    public static YClientsRecordPage ParseRecordAnswer(string body, long recordId)
    {
        var json = ParseObject(body, "record answer");
        if (json["success"] is JsonValue success && success.TryGetValue<bool>(out var ok) && !ok)
        {
            var message = ErrorMessage(json);
            throw new YClientsException("YCLIENTS refused: " + (message ?? "success is false"), 200, message);
        }

        var data = json["data"];
        try
        {
            return new YClientsRecordPage(1, 1, 1, [ParseRecord(data)], []);
        }
        catch (YClientsFormatException ex)
        {
            return new YClientsRecordPage(1, 1, 1, [], [new YClientsRecordProblem(0, data is JsonObject o ? Long(o["id"]) ?? recordId : recordId, ex.Message, Raw(data))]);
        }
    }

    /// <summary>A node's JSON as people read it (kept with an unreadable record).</summary>
    public static string Raw(JsonNode? node) => node?.ToJsonString(RawJson) ?? "null";

    /// <summary>Reads one record object; throws <see cref="YClientsFormatException"/> when it has no id or an unreadable cost.</summary>
    public static YClientsRecord ParseRecord(JsonNode? node)
    {
        if (node is not JsonObject record)
        {
            throw new YClientsFormatException("a record must be a JSON object");
        }

        var id = Long(record["id"]) ?? throw new YClientsFormatException("a record has no id");
        var services = new List<YClientsRecordService>();
        if (record["services"] is JsonArray list)
        {
            foreach (var item in list)
            {
                if (item is not JsonObject service)
                {
                    throw new YClientsFormatException($"record {id}: a service is not an object");
                }

                var cost = Decimal(service["cost"], out var costReadable);
                if (!costReadable)
                {
                    throw new YClientsFormatException($"record {id}: a service's cost is not a number");
                }

                services.Add(new YClientsRecordService(
                    Long(service["id"]) ?? 0,
                    Text(service["title"]) ?? "",
                    cost ?? 0,
                    Decimal(service["first_cost"], out _),
                    Decimal(service["discount"], out _),
                    Decimal(service["amount"], out _) ?? 1));
            }
        }

        YClientsRecordClient? client = record["client"] is JsonObject c
            ? new YClientsRecordClient(Long(c["id"]) ?? 0, Text(c["name"]), Text(c["phone"]), Text(c["email"]))
            : null;

        return new YClientsRecord(
            id,
            Long(record["company_id"]) ?? 0,
            services,
            client,
            LocalDate(Text(record["date"])),
            Date(Text(record["datetime"])),
            Date(Text(record["create_date"])),
            Date(Text(record["last_change_date"])),
            VisitId(record["visit_id"]),
            (int)(Long(record["attendance"]) ?? 0),
            (int)(Long(record["paid_full"]) ?? 0),
            Bool(record["deleted"]),
            CustomFields(record["custom_fields"]));
    }

    /// <summary>YCLIENTS' error body: <c>{"success":false,"data":null,"meta":{"message":"…"}}</c>, with
    /// validation details in <c>meta.errors</c> or <c>errors</c> (an object or a list), or the older
    /// <c>{"errors":{"code":401,"message":"…"}}</c>. Null when the body says nothing readable.</summary>
    public static string? ErrorMessage(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject json ? ErrorMessage(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A date with an offset, <c>+09:00</c> or <c>+0900</c> or <c>Z</c>; without one, taken as UTC.
    /// Null when empty or unreadable.</summary>
    public static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = CompactOffset().Replace(text.Trim(), "$1:$2");
        if (DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at) ? at : null;
    }

    private static DateTime? LocalDate(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && DateTime.TryParseExact(text.Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : Date(text)?.DateTime;

    private static string? ErrorMessage(JsonObject json)
    {
        var parts = new List<string>();
        var meta = json["meta"] as JsonObject;
        if (Text(meta?["message"]) is { Length: > 0 } message)
        {
            parts.Add(message);
        }

        foreach (var errors in new[] { meta?["errors"], json["errors"] })
        {
            if (Describe(errors) is { Length: > 0 } described && !parts.Contains(described))
            {
                parts.Add(described);
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Describe(JsonNode? errors) => errors switch
    {
        null => null,
        JsonValue v => Text(v),
        JsonArray a => string.Join("; ", a.Select(Describe).Where(s => !string.IsNullOrEmpty(s))),
        JsonObject o when o["message"] is not null => Text(o["message"]),
        JsonObject o => string.Join("; ", o.Select(kv => $"{kv.Key}: {Describe(kv.Value)}")),
        _ => null,
    };

    private static JsonObject ParseObject(string body, string what)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new YClientsException($"YCLIENTS' {what} is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new YClientsException($"YCLIENTS' {what} is not JSON: {ex.Message}", ex);
        }
    }

    internal static long? Long(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var n) => n,
        JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 => (long)d,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? 1 : 0,
        JsonValue v when v.TryGetValue<string>(out var s)
            && long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    internal static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    private static bool Bool(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => Long(node) is { } n && n != 0,
    };

    /// <summary>A number, or a string holding one (<c>"1500"</c>, <c>"1500.50"</c>, <c>"1 500,50"</c>);
    /// <paramref name="readable"/> is false when a value is there but is no number.</summary>
    private static decimal? Decimal(JsonNode? node, out bool readable)
    {
        readable = true;
        switch (node)
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<decimal>(out var d):
                return d;
            case JsonValue v when v.TryGetValue<string>(out var s):
                var text = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
                if (text.Length == 0)
                {
                    return null;
                }

                if (!text.Contains('.', StringComparison.Ordinal))
                {
                    text = text.Replace(',', '.');
                }

                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                readable = false;
                return null;
            default:
                readable = false;
                return null;
        }
    }

    private static string? VisitId(JsonNode? node) => Long(node) is { } n ? n.ToString(CultureInfo.InvariantCulture) : Text(node) is { Length: > 0 } s ? s : null;

    private static Dictionary<string, string> CustomFields(JsonNode? node)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    fields[key] = Text(value) ?? value?.ToJsonString() ?? "";
                }

                break;
            case JsonArray a:
                // A list of {"code"|"name"|"title","value"} entries when filled; [] when empty.
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonObject entry)
                    {
                        var key = Text(entry["code"]) ?? Text(entry["name"]) ?? Text(entry["title"]) ?? i.ToString(CultureInfo.InvariantCulture);
                        fields[key] = Text(entry["value"]) ?? entry["value"]?.ToJsonString() ?? "";
                    }
                    else if (a[i] is { } value)
                    {
                        fields[i.ToString(CultureInfo.InvariantCulture)] = Text(value) ?? value.ToJsonString();
                    }
                }

                break;
        }

        return fields;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
