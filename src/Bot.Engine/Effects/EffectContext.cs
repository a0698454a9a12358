using System.Text.Json;

namespace Bot.Engine.Effects;

/// <summary>One effect to run. <see cref="Key"/> is stable across retries: use it as the idempotency key
/// of outside calls and of the commands the effect sends back.</summary>
public sealed record EffectContext(long UserId, string Key, JsonElement? Payload)
{
    public T PayloadAs<T>() =>
        (Payload is { } p ? p.Deserialize<T>(EngineJson.Options) : default)
        ?? throw new InvalidOperationException($"Effect {Key} has no payload of type {typeof(T).Name}.");
}
