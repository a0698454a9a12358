using Bot.Engine.Reference;

namespace Bot.Features.Rewards.Shop;

/// <summary>The shop's reference data, read by handlers from the processor's snapshot.</summary>
public static class ShopReference
{
    public static readonly ReferenceSet<Catalog> Catalog = new("shop.catalog", new Catalog([]));

    /// <summary>Every pickup point; 50 000 of them are about 0.6 MB gzipped (the test
    /// <c>PickupPointsSizeTests</c> measures it), well under the snapshot's 2 MiB.</summary>
    public static readonly ReferenceSet<PickupPoints> PickupPoints = new("shop.pvz", new PickupPoints([]));
}
