namespace Bot.Features.Rewards.Shop;

/// <summary>Keys of the shop's data in <c>Session.Data</c>.</summary>
public static class ShopData
{
    public const string Prefix = "shop.";
    public const string Product = "shop.product";
    public const string Price = "shop.price";
    public const string City = "shop.city";
    /// <summary>The pickup points of the page shown (JSON), so a pressed one is known by its id.</summary>
    public const string PickupPage = "shop.pvz_page";

    public const string PickupId = "shop.pvz";
    public const string PickupAddress = "shop.pvz_address";
    public const string FirstName = "shop.first_name";
    public const string LastName = "shop.last_name";
    public const string Phone = "shop.phone";
    public const string Email = "shop.email";

    /// <summary>The id of the current prompt message: its buttons go when the next one replaces it.</summary>
    public const string Prompt = "shop.prompt";

    /// <summary>The order being placed, as <see cref="OrderDraft"/> JSON: its price is held (not spendable on
    /// another order) until the reservation's outcome arrives. Kept when the dialog is left.</summary>
    public const string Pending = "shop.pending";

    /// <summary>How many orders this user has confirmed: the next order id is <c>{userId}-{n + 1}</c>. Kept.</summary>
    public const string Sequence = "shop.seq";

    /// <summary>The user's last orders for /purchases (<see cref="Purchases"/>). Kept.</summary>
    public const string Orders = "shop.orders";

    public static IEnumerable<string> Kept => [Pending, Sequence, Orders];
}
