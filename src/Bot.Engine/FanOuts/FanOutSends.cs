using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Engine.Inbox;

namespace Bot.Engine.FanOuts;

/// <summary>Up to <see cref="FanOut.SendsPerMessage"/> consecutive recipients of a fan-out in one bulk-queue message,
/// visible at the first one's slot: the <see cref="Processing.BulkProcessor"/> runs each recipient's command
/// through the per-user processor, and the send gate spaces their sends. One queue message (send, receive, delete)
/// for ten recipients instead of ten: queue operations were 90 % of a broadcast's storage bill. Either one
/// <see cref="Command"/> for all <see cref="Users"/> (a broadcast), or <see cref="Notices"/>, each its own command.</summary>
public sealed record FanOutSends(
    [property: JsonPropertyName("fanOutSends")] string FanOutId,
    [property: JsonPropertyName("users")] IReadOnlyList<long>? Users,
    [property: JsonPropertyName("cmd")] FanOutCommand? Command,
    [property: JsonPropertyName("notices")] IReadOnlyList<FanOutNotice>? Notices = null)
{
    private const string Prefix = "{\"fanOutSends\":";

    /// <summary>Ten notices of a fan-out of notices, each its own command.</summary>
    public static FanOutSends Of(string fanOutId, IReadOnlyList<FanOutNotice> notices) => new(fanOutId, null, null, notices);

    public int Count => Notices?.Count ?? Users?.Count ?? 0;

    /// <summary>Each recipient's inbox envelope: the fan-out's command under the recipient's key (applied once per
    /// user), or the notice's own command.</summary>
    public IEnumerable<InboxEnvelope> Envelopes =>
        Notices is not null
            ? Notices.Select(n => InboxEnvelope.ForCommand(n.UserId, n.Command) with { Paced = true })
            : (Users ?? []).Select(user => InboxEnvelope.ForCommand(user, Command!.For(FanOut.CommandKey(FanOutId, user))));

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
            var valid = sends switch
            {
                { FanOutId.Length: > 0, Notices.Count: > 0 } => sends.Notices.All(n => n is { UserId: not 0, Command.Name.Length: > 0, Command.Key.Length: > 0 }),
                { FanOutId.Length: > 0, Notices: null, Users.Count: > 0, Command.Name.Length: > 0 } => sends.Users.All(u => u != 0),
                _ => false,
            };
            return valid ? sends : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"FanOutSends {{ {FanOutId}, {Count} {(Notices is null ? "users" : "notices")} from {Envelopes.First().UserId} }}");
}
