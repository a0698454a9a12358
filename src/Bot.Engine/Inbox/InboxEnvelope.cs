using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Engine.Inbox;

/// <summary>One message for one user's inbox: a Telegram update (raw JSON, as Telegram sent it) or an
/// internal command with an idempotency key.</summary>
public sealed record InboxEnvelope
{
    [JsonPropertyName("u")] public required long UserId { get; init; }

    /// <summary>The raw Telegram update, for updates.</summary>
    [JsonPropertyName("upd")] public JsonElement? Update { get; init; }

    [JsonPropertyName("uid")] public long? UpdateId { get; init; }

    /// <summary>The internal command, for commands.</summary>
    [JsonPropertyName("cmd")] public InternalCommand? Command { get; init; }

    /// <summary>One of many (a fan-out's notice): the user's sends it causes are paced (<see cref="Outbox.OutboxItem.Paced"/>).</summary>
    [JsonPropertyName("paced")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Paced { get; init; }

    [JsonIgnore] public bool IsUpdate => Update is not null;

    /// <summary>The key under which the processor remembers that it applied this message.</summary>
    [JsonIgnore]
    public string DedupKey => Command is { } c ? "c:" + c.Key : "u:" + UpdateId;

    public static InboxEnvelope ForUpdate(long userId, long updateId, JsonElement update) =>
        new() { UserId = userId, UpdateId = updateId, Update = update };

    public static InboxEnvelope ForCommand(long userId, InternalCommand command) =>
        new() { UserId = userId, Command = command };

    public string Serialize() => JsonSerializer.Serialize(this, EngineJson.Options);

    /// <summary>Parses a queue message; throws <see cref="InvalidInboxMessageException"/> for anything
    /// that is not an envelope, so that the host retries it and finally moves it to the poison queue.</summary>
    public static InboxEnvelope Parse(string text)
    {
        InboxEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<InboxEnvelope>(text, EngineJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidInboxMessageException("The inbox message is not JSON: " + ex.Message, ex);
        }

        if (envelope is null || envelope.UserId == 0 || (envelope.Update is null) == (envelope.Command is null))
        {
            throw new InvalidInboxMessageException("The inbox message is neither an update nor a command for a user.");
        }

        if (envelope.Update is not null && envelope.UpdateId is null)
        {
            throw new InvalidInboxMessageException("The inbox update has no update id.");
        }

        return envelope;
    }
}
