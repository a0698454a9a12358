using System.Text.Json;

namespace Bot.Engine.Processing;

/// <summary>Payload of <c>engine.message-sent</c>, and of the effect named by
/// <see cref="Outbox.KeepMessageId.Effect"/>: which message Telegram gave the sent item.</summary>
public sealed record MessageSent(long ChatId, int MessageId, string? DataKey, string? Effect = null, JsonElement? Payload = null);
