using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Features.Loyalty.YClients;

/// <summary>Reads the bodies YCLIENTS POSTs to a webhook: one event object or an array of them, each
/// <c>{"company_id":…,"resource":"record","resource_id":…,"status":"create|update|delete","data":{record}}</c>.
/// A body that is not that throws <see cref="YClientsFormatException"/> (the webhook answers 400); a well-formed event
/// whose record cannot be read comes back with <see cref="YClientsWebhookEvent.Problem"/>.</summary>
public static class YClientsWebhook
{
    private static readonly FrozenSet<string> Statuses = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, YClientsWebhookEvent.Create, YClientsWebhookEvent.Update, YClientsWebhookEvent.Delete);

    public static IReadOnlyList<YClientsWebhookEvent> Parse(string body)
    {
        JsonNode? json;
        try
        {
            json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new YClientsFormatException("the body is not JSON: " + ex.Message, ex);
        }

        return json switch
        {
            JsonObject one => [ParseEvent(one, 0)],
            JsonArray many when many.Count > 0 => [.. many.Select((e, i) => e is JsonObject o ? ParseEvent(o, i) : throw new YClientsFormatException($"event {i} is not an object"))],
            JsonArray => throw new YClientsFormatException("the body is an empty array"),
            _ => throw new YClientsFormatException("the body must be an event object or an array of events"),
        };
    }

    private static YClientsWebhookEvent ParseEvent(JsonObject json, int index)
    {
        var resource = YClientsJson.Text(json["resource"]) is { Length: > 0 } r
            ? r.ToLowerInvariant()
            : throw new YClientsFormatException($"event {index} has no resource");
        var status = YClientsJson.Text(json["status"]) is { Length: > 0 } s && Statuses.Contains(s)
            ? s.ToLowerInvariant()
            : throw new YClientsFormatException($"event {index} has no status create, update or delete");
        var data = json["data"] as JsonObject;
        var resourceId = YClientsJson.Long(json["resource_id"]) ?? YClientsJson.Long(data?["id"])
            ?? throw new YClientsFormatException($"event {index} has no resource_id");
        var companyId = YClientsJson.Long(json["company_id"]) ?? YClientsJson.Long(data?["company_id"]) ?? 0;
        if (resource != YClientsWebhookEvent.RecordResource)
        {
            return new YClientsWebhookEvent(companyId, resource, resourceId, status, null);
        }

        YClientsRecord record;
        if (data is null || data.Count == 0)
        {
            record = status == YClientsWebhookEvent.Delete
                ? new YClientsRecord(resourceId, companyId, [], null, null, null, null, null, null, 0, 0, true, new Dictionary<string, string>())
                : throw new YClientsFormatException($"event {index} ({status} of record {resourceId}) has no data");
        }
        else
        {
            try
            {
                record = YClientsJson.ParseRecord(data["id"] is null ? WithId(data, resourceId) : data);
            }
            catch (YClientsFormatException ex)
            {
                // The envelope is YCLIENTS' own, only the record cannot be read: kept as a problem, not refused.
                return new YClientsWebhookEvent(companyId, resource, resourceId, status, null,
                    new YClientsRecordProblem(index, resourceId, ex.Message, YClientsJson.Raw(data)));
            }

            if (status == YClientsWebhookEvent.Delete && !record.Deleted)
            {
                record = record with { Deleted = true };
            }
        }

        return new YClientsWebhookEvent(companyId, resource, resourceId, status, record);
    }

    private static JsonObject WithId(JsonObject data, long id)
    {
        var copy = (JsonObject)data.DeepClone();
        copy["id"] = id;
        return copy;
    }
}
