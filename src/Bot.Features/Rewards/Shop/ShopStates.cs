namespace Bot.Features.Rewards.Shop;

/// <summary>The purchase dialog's states. Browsing (categories, pages, product cards) needs none: its buttons
/// are global callbacks that work from the menu state.</summary>
public static class ShopStates
{
    /// <summary>«Купить» was pressed: waiting for the city (the pickup points found are shown as buttons, and
    /// another city may be typed).</summary>
    public const string City = "shop.city";

    public const string FirstName = "shop.first_name";
    public const string LastName = "shop.last_name";
    public const string Phone = "shop.phone";

    /// <summary>Waiting for the e-mail or «Пропустить».</summary>
    public const string Email = "shop.email";

    /// <summary>The summary is shown: waiting for «Подтвердить» or «Отмена».</summary>
    public const string Confirm = "shop.confirm";

    /// <summary>Confirmed: the stock is being reserved (the shop.reserve-unit effect).</summary>
    public const string Placing = "shop.placing";
}
