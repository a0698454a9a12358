using System.Text.Json;
using Bot.Engine.Inbox;

namespace Bot.Engine.FanOuts;

/// <summary>The command every recipient of a fan-out gets: its name and payload, the same for all; each
/// recipient's copy is keyed by fan-out and user (<see cref="FanOut.CommandKey"/>). Kept on the fan-out's record,
/// so that a later step — another instance, minutes later — makes the same commands.</summary>
public sealed record FanOutCommand(string Name, JsonElement? Payload = null)
{
    /// <summary>A command whose payload is <paramref name="payload"/> serialized as the engine does.</summary>
    public static FanOutCommand Create<T>(string name, T payload) =>
        new(name, JsonSerializer.SerializeToElement(payload, EngineJson.Options));

    /// <summary>The recipient's copy under its key.</summary>
    public InternalCommand For(string key) => new(Name, key, Payload);
}
