using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Engine.Inbox;

namespace Bot.Engine.FanOuts;

/// <summary>Up to <see cref="FanOut.SendsPerMessage"/> consecutive recipients of a fan-out in one bulk-queue message,
/// visible at the first one's slot: the <see cref="Processing.BulkProcessor"/> runs each recipient's command
/// through the per-user processor, and the send gate spaces their sends. One queue message (send, receive, delete)
/// for ten recipients instead of ten: queue operations were 90 % of a broadcast's storage bill.</summary>
public sealed record FanOutSends(
    [property: JsonPropertyName("fanOutSends")] string FanOutId,
    [property: JsonPropertyName("users")] IReadOnlyList<long> Users,
    [property: JsonPropertyName("cmd")] FanOutCommand Command)
{
    private const string Prefix = "{\"fanOutSends\":";

    /// <summary>Each recipient's inbox envelope: the command under its own key (applied once per user).</summary>
    public IEnumerable<InboxEnvelope> Envelopes =>
        Users.Select(user => InboxEnvelope.ForCommand(user, Command.For(FanOut.CommandKey(FanOutId, user))));

    public string Serialize() => JsonSerializer.Serialize(this, EngineJson.Options);

    /// <summary>The sends a bulk-queue message carries, or null when it carries something else.</summary>
    public static FanOutSends? TryParse(string message)
    {
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var sends = JsonSerializer.Deserialize<FanOutSends>(message, EngineJson.Options);
            return sends is { FanOutId.Length: > 0, Users.Count: > 0, Command.Name.Length: > 0 } && sends.Users.All(u => u != 0) ? sends : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"FanOutSends {{ {FanOutId}, {Users.Count} users from {Users[0]} }}");
}
