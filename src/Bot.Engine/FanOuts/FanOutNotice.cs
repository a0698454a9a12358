using System.Text.Json.Serialization;
using Bot.Engine.Inbox;

namespace Bot.Engine.FanOuts;

/// <summary>One recipient's own command in a fan-out of notices (<see cref="FanOut.StartNoticesAsync"/>): its own key
/// and payload (a loyalty bonus for one visit), so one user may get several. Applied once per key by the per-user
/// processor; what it sent is the flow's business (a fan-out of notices counts no outcomes).</summary>
public sealed record FanOutNotice(
    [property: JsonPropertyName("u")] long UserId,
    [property: JsonPropertyName("c")] InternalCommand Command);
