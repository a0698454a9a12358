namespace Bot.Features.Rewards.Shop;

/// <summary>A page of the pickup points matching a city (<see cref="PickupLookupEffect"/>);
/// <see cref="EditMessageId"/>: the list message to turn into this page, or null for a new message.</summary>
public sealed record PickupQuery(string City, int Page, int? EditMessageId);
