using System.Security.Cryptography;
using System.Text;

namespace Bot.Features.Rewards.Shop;

/// <summary>The shop's callback data (at most 64 bytes). Categories travel as an 8-hex hash of their name (a
/// Cyrillic name could be over 64 bytes), products and pickup points by their ids (the admin API limits
/// both to <see cref="MaxIdBytes"/>).</summary>
public static class ShopCallbacks
{
    public const int MaxIdBytes = 48;

    /// <summary>The catalog's categories (the menu entry).</summary>
    public const string Catalog = "shop:cat";

    /// <summary>«К категориям» under a page of products.</summary>
    public const string BackToCategories = "shop:cb";

    /// <summary><c>shop:c:{hash}:{page}</c> — a page of a category's products.</summary>
    public const string CategoryPrefix = "shop:c:";

    /// <summary><c>shop:cn:{hash}</c> — a category's first page as a new message (from a product card, which
    /// may be a photo and cannot become the list).</summary>
    public const string CategoryAnewPrefix = "shop:cn:";

    /// <summary><c>shop:p:{code}</c> — a product's card.</summary>
    public const string ProductPrefix = "shop:p:";

    /// <summary><c>shop:b:{code}</c> — «Купить».</summary>
    public const string BuyPrefix = "shop:b:";

    /// <summary><c>shop:v:{id}</c> — a pickup point.</summary>
    public const string PickupPrefix = "shop:v:";

    /// <summary><c>shop:vp:{page}</c> — a page of the pickup points of the city entered.</summary>
    public const string PickupPagePrefix = "shop:vp:";

    public const string SkipEmail = "shop:skip";
    public const string Confirm = "shop:ok";
    public const string Cancel = "shop:no";

    public static string Category(string category, int page) => $"{CategoryPrefix}{Hash(category)}:{page}";

    public static string CategoryAnew(string category) => CategoryAnewPrefix + Hash(category);

    public static string Product(string code) => ProductPrefix + code;

    public static string Buy(string code) => BuyPrefix + code;

    public static string Pickup(string id) => PickupPrefix + id;

    public static string PickupPage(int page) => PickupPagePrefix + page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The category hash and page of a category button, or null.</summary>
    public static (string Hash, int Page)? CategoryOf(string? data)
    {
        if (data is null || !data.StartsWith(CategoryPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = data[CategoryPrefix.Length..].Split(':');
        return parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 0
            ? (parts[0], page)
            : null;
    }

    /// <summary>What follows <paramref name="prefix"/>, or null.</summary>
    public static string? Tail(string? data, string prefix) =>
        data is not null && data.StartsWith(prefix, StringComparison.Ordinal) && data.Length > prefix.Length ? data[prefix.Length..] : null;

    public static int PageOf(string? data) =>
        int.TryParse(Tail(data, PickupPagePrefix), System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 0 ? page : 0;

    public static string Hash(string category) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(category)).AsSpan(0, 4));
}
