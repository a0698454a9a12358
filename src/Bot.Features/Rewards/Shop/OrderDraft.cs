namespace Bot.Features.Rewards.Shop;

/// <summary>A confirmed order on its way: everything needed to finish it travels with the reservation, so the
/// outcome completes the order even if the user left the dialog meanwhile.</summary>
public sealed record OrderDraft(
    string OrderId,
    long UserId,
    string ProductCode,
    string Title,
    long PricePoints,
    string PickupId,
    string PickupAddress,
    string FirstName,
    string LastName,
    string Phone,
    string Email,
    DateTimeOffset ConfirmedAt);
