using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Engine.Inbox;

/// <summary>A command for a user's inbox from inside the system (a timer, an effect's result, an
/// admin). <paramref name="Key"/> makes it idempotent: the processor applies each key once.</summary>
public sealed record InternalCommand(
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("p")] JsonElement? Payload = null)
{
    public static InternalCommand Create<T>(string name, string key, T payload) =>
        new(name, key, JsonSerializer.SerializeToElement(payload, EngineJson.Options));

    public T? PayloadAs<T>() => Payload is { } p ? p.Deserialize<T>(EngineJson.Options) : default;
}
