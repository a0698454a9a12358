namespace Bot.Features.Rewards.Shop;

/// <summary>A paid order as the orders table keeps it and the seed's export shows it.</summary>
public sealed record ShopOrder(OrderDraft Draft, DateTimeOffset CreatedAt);
