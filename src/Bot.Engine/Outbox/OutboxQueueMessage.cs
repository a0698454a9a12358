using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Engine.Outbox;

/// <summary>A message on the outbox queue: "send what is pending for this user" (after a 429's
/// retry_after, or a transient failure).</summary>
public sealed record OutboxQueueMessage([property: JsonPropertyName("u")] long UserId)
{
    public string Serialize() => JsonSerializer.Serialize(this, EngineJson.Options);

    public static OutboxQueueMessage Parse(string text)
    {
        try
        {
            var m = JsonSerializer.Deserialize<OutboxQueueMessage>(text, EngineJson.Options);
            return m is { UserId: not 0 } ? m : throw new Inbox.InvalidInboxMessageException("The outbox message names no user.");
        }
        catch (JsonException ex)
        {
            throw new Inbox.InvalidInboxMessageException("The outbox message is not JSON: " + ex.Message, ex);
        }
    }
}
