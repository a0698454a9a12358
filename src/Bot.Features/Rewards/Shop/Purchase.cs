namespace Bot.Features.Rewards.Shop;

/// <summary>One line of /purchases.</summary>
public sealed record Purchase(string OrderId, string Title, long PricePoints, string PickupAddress, DateTimeOffset At);
