namespace Bot.Features.Rewards.Shop;

/// <summary>Internal commands of the shop, sent back by its effects.</summary>
public static class ShopCommands
{
    /// <summary>A page of pickup points (<see cref="PickupResult"/>).</summary>
    public const string PickupFound = "shop.pickup-found";

    /// <summary>The reservation's outcome (<see cref="Reservation"/>).</summary>
    public const string Reserved = "shop.unit-reserved";
}
