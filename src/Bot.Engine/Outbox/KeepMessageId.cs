using System.Text.Json;

namespace Bot.Engine.Outbox;

/// <summary>Asks the engine to keep the Telegram message_id of a sent message: under <see cref="DataKey"/>
/// in the session of the user whose decision sent it, and/or handed to the effect <see cref="Effect"/>
/// (with <see cref="Payload"/>) for a shared record. It arrives as the internal command
/// <c>engine.message-sent</c> a moment after the send.</summary>
public sealed record KeepMessageId(string? DataKey, string? Effect = null, JsonElement? Payload = null)
{
    public static KeepMessageId InSession(string dataKey) => new(dataKey);

    public static KeepMessageId ForEffect(string effect, object? payload = null) =>
        new(null, effect, payload is null ? null : JsonSerializer.SerializeToElement(payload, EngineJson.Options));
}
