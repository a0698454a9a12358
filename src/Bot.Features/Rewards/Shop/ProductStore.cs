using Azure;
using Bot.Engine.Records;
using Bot.Engine.Reference;
using Bot.Engine.Storage;

namespace Bot.Features.Rewards.Shop;

/// <summary>The products: shared records in the shop table (the stock changes with one winner), mirrored into
/// the <see cref="ShopReference.Catalog"/> snapshot after every change so handlers can show them.</summary>
public sealed class ProductStore(SharedRecords records, ReferenceData reference, BotStorage storage)
{
    public Task<Product?> GetAsync(string code, CancellationToken ct) =>
        records.GetAsync<Product>(ShopTables.Shop, ShopTables.ProductPartition, code, ct);

    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken ct) =>
        (await records.ListAsync<Product>(ShopTables.Shop, ShopTables.ProductPartition, ct))
            .Select(r => r.Record)
            .OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Creates or replaces a product (its stock included); answers whether it existed.</summary>
    public async Task<bool> PutAsync(Product product, string changeKey, CancellationToken ct)
    {
        var outcome = await records.ChangeAsync<Product, bool>(ShopTables.Shop, ShopTables.ProductPartition, product.Code, changeKey,
            existing => Change<Product, bool>.Write(product, existing is not null), ct);
        await RefreshCatalogAsync(ct);
        return outcome.Outcome;
    }

    /// <summary>Removes a product; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken ct)
    {
        try
        {
            await storage.Table(ShopTables.Shop).DeleteEntityAsync(ShopTables.ProductPartition, code, ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }

        await RefreshCatalogAsync(ct);
        return true;
    }

    /// <summary>Writes the current products to the catalog snapshot (this instance at once, others within
    /// <see cref="ReferenceData.RefreshInterval"/>).</summary>
    public async Task RefreshCatalogAsync(CancellationToken ct) =>
        await reference.SetAsync(ShopReference.Catalog, new Catalog(await ListAsync(ct)), ct);
}
