namespace Bot.Features.Rewards.Shop;

/// <summary>The outcome of <see cref="ReserveEffect"/>: the unit of stock is the order's
/// (<see cref="Won"/>), or it is refused because none is left or the product is gone.</summary>
public sealed record Reservation(OrderDraft Order, bool Won, long StockLeft, bool ProductGone = false);
