namespace Bot.Features.Rewards.Shop;

/// <summary>A pickup point (ПВЗ) as the seed's <c>POST /pvz</c> gives it: its id and full address.</summary>
public sealed record PickupPoint(string Id, string FullAddress);
