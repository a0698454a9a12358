using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Engine;

/// <summary>JSON options for the engine's own documents (envelopes, outbox rows, session data).</summary>
public static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
