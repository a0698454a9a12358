namespace Bot.Features.Rewards.Shop;

/// <summary>The shop's own tables.</summary>
public static class ShopTables
{
    /// <summary>Products as shared records (partition <see cref="ProductPartition"/>, row = product code, plus
    /// the claim rows of every reservation and admin change).</summary>
    public const string Shop = "shop";

    public const string ProductPartition = "product";

    /// <summary>Pickup points (<see cref="PickupStore"/>): a pointer row and one partition per version.</summary>
    public const string PickupPoints = "shoppvz";

    /// <summary>Orders: partition = the UTC day created (<c>yyyy-MM-dd</c>), row = order id.</summary>
    public const string Orders = "shoporders";
}
