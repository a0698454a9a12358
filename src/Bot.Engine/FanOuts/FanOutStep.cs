using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Engine.FanOuts;

/// <summary>A fan-out's next step, a message on the bulk queue: queue the recipients from <see cref="From"/> on,
/// as far ahead as <c>Broadcasts:AheadSeconds</c>. It is published with a visibility delay so that it arrives
/// while the previous step's sends are still leaving, and it waits behind any backlog on the bulk queue, so a
/// fan-out never queues faster than its sends are processed.</summary>
public sealed record FanOutStep(
    [property: JsonPropertyName("fanOut")] string FanOutId,
    [property: JsonPropertyName("from")] int From)
{
    private const string Prefix = "{\"fanOut\":";

    public string Serialize() => JsonSerializer.Serialize(this, EngineJson.Options);

    /// <summary>The step a bulk-queue message carries, or null when it carries something else (a user's command).</summary>
    public static FanOutStep? TryParse(string message)
    {
        // Steps are written by Serialize, which starts with this; users' envelopes start with {"u":.
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(message);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("fanOut", out var id) && id.ValueKind == JsonValueKind.String
                && document.RootElement.TryGetProperty("from", out var from) && from.TryGetInt32(out var start) && start >= 0)
            {
                return new FanOutStep(id.GetString()!, start);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the processor's parser says why.
        }

        return null;
    }
}
