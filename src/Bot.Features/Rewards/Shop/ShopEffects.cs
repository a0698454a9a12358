namespace Bot.Features.Rewards.Shop;

/// <summary>Names of the shop's effects.</summary>
public static class ShopEffects
{
    /// <summary>Finds a page of the pickup points of a city (<see cref="PickupLookupEffect"/>).</summary>
    public const string PickupLookup = "shop.pickup-lookup";

    /// <summary>Takes one unit of stock for an order (<see cref="ReserveEffect"/>).</summary>
    public const string Reserve = "shop.reserve-unit";

    /// <summary>Gives a reserved unit back when the debit is refused (<see cref="ReleaseEffect"/>).</summary>
    public const string Release = "shop.release-unit";

    /// <summary>Writes a paid order to the orders table (<see cref="StoreOrderEffect"/>).</summary>
    public const string StoreOrder = "shop.store-order";
}
