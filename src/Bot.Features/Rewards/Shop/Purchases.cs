using System.Collections.Immutable;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Sessions;

namespace Bot.Features.Rewards.Shop;

/// <summary>The user's last orders, newest first, kept in the session for /purchases (the orders table holds
/// them all for the admin export).</summary>
public static class Purchases
{
    public const int Kept = 20;

    public static IReadOnlyList<Purchase> Of(Session session) =>
        session.Get(ShopData.Orders) is { } json ? JsonSerializer.Deserialize<List<Purchase>>(json, EngineJson.Options) ?? [] : [];

    public static Session Add(Session session, Purchase purchase) =>
        session.With(ShopData.Orders, JsonSerializer.Serialize(Of(session).Prepend(purchase).Take(Kept).ToImmutableList(), EngineJson.Options));

    public static bool Contains(Session session, string orderId) => Of(session).Any(p => p.OrderId == orderId);
}
