namespace Bot.Features.Rewards.Shop;

/// <summary>The catalog as handlers read it (reference set <see cref="ShopReference.Catalog"/>): products
/// ordered by category, then title.</summary>
public sealed record Catalog(IReadOnlyList<Product> Products)
{
    public const int PageSize = 6;

    /// <summary>The categories in order, each once.</summary>
    public IReadOnlyList<string> Categories() =>
        Products.Select(p => p.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();

    public string? CategoryByHash(string hash) =>
        Categories().FirstOrDefault(c => string.Equals(ShopCallbacks.Hash(c), hash, StringComparison.Ordinal));

    public IReadOnlyList<Product> InCategory(string category) =>
        Products.Where(p => string.Equals(p.Category, category, StringComparison.Ordinal))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();

    public Product? Find(string? code) =>
        code is null ? null : Products.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));
}
