using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Engine.Sessions;

namespace Bot.Features.Loyalty;

/// <summary>The user's latest bonuses, kept in the session (at most <see cref="Kept"/>) so /history costs no
/// read: record id, visit date, amount and points. The bonus log (<c>GET /api/admin/loyalty/bonuses</c>) keeps all.</summary>
public sealed record BonusHistory(
    [property: JsonPropertyName("r")] long RecordId,
    [property: JsonPropertyName("d")] DateTimeOffset At,
    [property: JsonPropertyName("a")] decimal Amount,
    [property: JsonPropertyName("p")] long Points)
{
    public const int Kept = 20;

    public static ImmutableList<BonusHistory> Of(Session session) =>
        session.Get(LoyaltyData.History) is { Length: > 0 } json
            ? JsonSerializer.Deserialize<ImmutableList<BonusHistory>>(json) ?? []
            : [];

    public static Session Add(Session session, BonusHistory entry)
    {
        var list = Of(session).RemoveAll(e => e.RecordId == entry.RecordId).Add(entry);
        if (list.Count > Kept)
        {
            list = list.RemoveRange(0, list.Count - Kept);
        }

        return session.With(LoyaltyData.History, JsonSerializer.Serialize(list));
    }
}
