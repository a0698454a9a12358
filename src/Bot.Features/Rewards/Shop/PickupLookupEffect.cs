using Bot.Engine.Effects;
using Bot.Engine.Inbox;

namespace Bot.Features.Rewards.Shop;

/// <summary>The city search, after the commit (the points are too many for the snapshot): the result comes
/// back to the user as <see cref="ShopCommands.PickupFound"/>.</summary>
public sealed class PickupLookupEffect(PickupStore store, IInboxPublisher inbox) : LookupEffect<PickupQuery, PickupResult>(inbox)
{
    public override string Name => ShopEffects.PickupLookup;

    public override string ResultCommand => ShopCommands.PickupFound;

    protected override async Task<PickupResult> LookupAsync(PickupQuery query, CancellationToken ct)
    {
        var found = await store.SearchAsync(query.City, ct);
        return Answer(found, query);
    }

    /// <summary>The page <paramref name="query"/> asks for out of everything <paramref name="found"/>.</summary>
    public static PickupResult Answer(IReadOnlyList<PickupPoint> found, PickupQuery query)
    {
        var pages = Math.Max(1, (found.Count + PickupPoints.PageSize - 1) / PickupPoints.PageSize);
        var page = Math.Clamp(query.Page, 0, pages - 1);
        return new PickupResult(query.City, page, pages, found.Count, found.Skip(page * PickupPoints.PageSize).Take(PickupPoints.PageSize).ToList(), query.EditMessageId);
    }
}
