namespace Bot.Features.Rewards.Shop;

/// <summary>A product of the catalog. <see cref="Stock"/> is what is left (the shop table's record is the
/// authority; the catalog snapshot carries a copy for display, refreshed after each change). <see cref="Photo"/>
/// is an https URL or a Telegram file_id, or null.</summary>
public sealed record Product(
    string Code,
    string Title,
    string Category,
    long PricePoints,
    long Stock,
    string Description,
    string? Photo = null);
