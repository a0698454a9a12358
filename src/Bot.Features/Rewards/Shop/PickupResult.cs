namespace Bot.Features.Rewards.Shop;

/// <summary>The answer to a <see cref="PickupQuery"/>: how many match, and the points of the page asked for.</summary>
public sealed record PickupResult(string City, int Page, int Pages, int Total, IReadOnlyList<PickupPoint> Points, int? EditMessageId);
