using Bot.Engine;
using Bot.Engine.Sessions;

namespace Bot.Features.Broadcasts;

/// <summary>Who a broadcast is for: <c>all</c>, <c>flow:&lt;name&gt;</c> (users whose own input a route of
/// that flow handled, <see cref="Session.Flows"/>), <c>role:&lt;role&gt;</c> (the session's roles; <c>admin</c>
/// also matches <c>Bot:AdminUserIds</c>), <c>locale:&lt;ru|en&gt;</c>.</summary>
public sealed record BroadcastSegment(string Kind, string Value)
{
    public const string All = "all";
    public const string Flow = "flow";
    public const string Role = "role";
    public const string Locale = "locale";

    public static readonly IReadOnlyList<string> Roles = ["client", "contractor", "manager", "owner", "admin"];
    public static readonly IReadOnlyList<string> Locales = ["ru", "en"];

    public static BroadcastSegment Everyone { get; } = new(All, "");

    public override string ToString() => Kind == All ? All : Kind + ":" + Value;

    /// <summary>Parses a segment; <paramref name="flows"/> are the flow names that exist.</summary>
    public static (BroadcastSegment? Segment, string? Error) Parse(string? text, IReadOnlyCollection<string> flows)
    {
        var trimmed = text?.Trim().ToLowerInvariant() ?? "";
        if (trimmed is "" or All)
        {
            return (Everyone, null);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? (trimmed, "") : (trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim());
        return kind switch
        {
            Flow when flows.Contains(value, StringComparer.OrdinalIgnoreCase) => (new BroadcastSegment(Flow, value), null),
            Flow => (null, $"segment: unknown flow '{value}' (flows: {string.Join(", ", flows.Order(StringComparer.Ordinal))})"),
            Role when Roles.Contains(value) => (new BroadcastSegment(Role, value), null),
            Role => (null, $"segment: unknown role '{value}' (roles: {string.Join(", ", Roles)})"),
            Locale when Locales.Contains(value) => (new BroadcastSegment(Locale, value), null),
            Locale => (null, $"segment: unknown locale '{value}' (locales: {string.Join(", ", Locales)})"),
            _ => (null, $"segment: unknown segment '{text}' (use all, flow:<name>, role:<role> or locale:<ru|en>)"),
        };
    }

    public bool Matches(Session session, BotOptions bot) => Kind switch
    {
        All => true,
        Flow => session.UsedFlow(Value),
        Role => session.HasRole(Value) || (Value == "admin" && bot.IsAdmin(session.UserId)),
        Locale => string.Equals(session.Locale, Value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
