using Bot.Engine.Reference;

namespace Bot.Features.Rewards.Shop;

/// <summary>The shop's reference data, read by handlers from the processor's snapshot.</summary>
public static class ShopReference
{
    public static readonly ReferenceSet<Catalog> Catalog = new("shop.catalog", new Catalog([]));
}
