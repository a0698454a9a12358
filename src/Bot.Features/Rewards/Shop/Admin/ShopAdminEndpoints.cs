using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Rewards.Shop.Admin;

/// <summary>The shop's admin API (CONTRACTS.md, seed 001's <c>POST /pvz</c> and <c>GET /order/{range}</c> at our
/// routes, and the products), shared by the Functions classes and the local host.</summary>
public sealed partial class ShopAdminEndpoints(PickupStore pickupPoints, ProductStore products, OrderStore orders, ILogger<ShopAdminEndpoints> log)
{
    public const int MaxTitle = 100;
    public const int MaxCategory = 64;
    public const int MaxDescription = 800;
    public const int MaxPhoto = 500;
    public const long MaxPoints = 1_000_000_000;
    public const int MaxPickupPoints = 200_000;
    public const int DefaultListLimit = 50;
    public const int MaxListLimit = 500;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>POST /api/admin/pvz</c> with the seed's <c>[{"id","full_address"}]</c>: replaces the whole list
    /// (an empty array empties it); any entry without id or full_address, or a repeated id → 400 naming them,
    /// and the stored list stays as it was.</summary>
    public async Task<IActionResult> ReplacePickupPointsAsync(HttpRequest request, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return AdminResults.BadRequest("the body must be a JSON array of {\"id\":\"...\",\"full_address\":\"...\"}");
        }

        List<PickupPoint> points;
        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Array)
            {
                return AdminResults.BadRequest("the body must be a JSON array of {\"id\":\"...\",\"full_address\":\"...\"}");
            }

            if (body.RootElement.GetArrayLength() > MaxPickupPoints)
            {
                return AdminResults.BadRequest($"at most {MaxPickupPoints} pickup points; nothing was replaced");
            }

            var (read, error) = ReadPickupPoints(body.RootElement);
            if (read is null)
            {
                return AdminResults.BadRequest(error!);
            }

            points = read;
        }

        await pickupPoints.ReplaceAsync(points, ct);
        log.LogInformation("Pickup points replaced: {Count}", points.Count);
        return AdminResults.Json(JsonSerializer.Serialize(new { success = true, count = points.Count, message = $"Successfully saved {points.Count} PVZ items" }, Json));
    }

    /// <summary><c>GET /api/admin/pvz?q=&amp;limit=</c>: the current list's size and its first <c>limit</c> points
    /// (default <see cref="DefaultListLimit"/>, at most <see cref="MaxListLimit"/>) in the seed's shape; with <c>q</c>,
    /// those the bot's city search finds for it (<see cref="PickupPoints.Search"/>), so an admin sees what a user typing
    /// that city would get → <c>{"count":N,"matched":M,"points":[{"id","full_address"}]}</c>.</summary>
    public async Task<IActionResult> ListPickupPointsAsync(HttpRequest request, CancellationToken ct)
    {
        var limitText = request.Query["limit"].ToString();
        var limit = DefaultListLimit;
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxListLimit))
        {
            return AdminResults.BadRequest($"limit must be a whole number from 1 to {MaxListLimit}");
        }

        var query = request.Query["q"].ToString().Trim();
        var current = await pickupPoints.CurrentAsync(ct);
        var matched = query.Length == 0 ? current.Points : current.Search(query);
        var shown = matched.Take(limit).Select(p => new Dictionary<string, string> { ["id"] = p.Id, ["full_address"] = p.FullAddress });
        return AdminResults.Json(JsonSerializer.Serialize(new { count = current.Count, matched = matched.Count, points = shown }, Json));
    }

    /// <summary>Reads and checks the seed's array; answers the points or every problem found.</summary>
    internal static (List<PickupPoint>? Points, string? Error) ReadPickupPoints(JsonElement array)
    {
        var points = new List<PickupPoint>(array.GetArrayLength());
        var noId = new List<int>();
        var noAddress = new List<int>();
        var notObject = new List<int>();
        var tooLong = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var i = index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                notObject.Add(i);
                continue;
            }

            var id = StringOf(item, "id");
            var address = StringOf(item, "full_address");
            if (id is null)
            {
                noId.Add(i);
            }
            else if (!seen.Add(id))
            {
                duplicates.Add(id);
            }
            else if (Encoding.UTF8.GetByteCount(id) > ShopCallbacks.MaxIdBytes)
            {
                tooLong.Add(id);
            }

            if (address is null)
            {
                noAddress.Add(i);
            }

            if (id is not null && address is not null)
            {
                points.Add(new PickupPoint(id, address));
            }
        }

        var problems = new List<string>();
        if (notObject.Count > 0)
        {
            problems.Add($"entries that are not objects at index {string.Join(", ", notObject)}");
        }

        if (noId.Count > 0)
        {
            problems.Add($"missing id at index {string.Join(", ", noId)}");
        }

        if (noAddress.Count > 0)
        {
            problems.Add($"missing full_address at index {string.Join(", ", noAddress)}");
        }

        if (duplicates.Count > 0)
        {
            problems.Add($"duplicate ids: {string.Join(", ", duplicates)}");
        }

        if (tooLong.Count > 0)
        {
            problems.Add($"ids longer than {ShopCallbacks.MaxIdBytes} bytes: {string.Join(", ", tooLong)}");
        }

        return problems.Count > 0 ? (null, string.Join("; ", problems) + "; nothing was replaced") : (points, null);
    }

    /// <summary><c>GET /api/admin/order/{YYYY-MM-DD-YYYY-MM-DD}</c>: the orders created in the range (UTC days,
    /// both included) with the seed's eight fields, all strings.</summary>
    public async Task<IActionResult> OrdersAsync(string range, CancellationToken ct)
    {
        var match = RangePattern().Match(range ?? "");
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups[1].Value, OrderStore.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(match.Groups[2].Value, OrderStore.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            return AdminResults.BadRequest($"the range must be two dates as YYYY-MM-DD-YYYY-MM-DD, e.g. 2025-10-01-2025-10-17; got '{range}'");
        }

        if (from > to)
        {
            return AdminResults.BadRequest($"the range starts after it ends: {from:yyyy-MM-dd} > {to:yyyy-MM-dd}");
        }

        var found = await orders.RangeAsync(from, to, ct);
        var rows = found.Select(o => new Dictionary<string, string>
        {
            ["first_name"] = o.Draft.FirstName,
            ["last_name"] = o.Draft.LastName,
            ["phone"] = o.Draft.Phone,
            ["email"] = o.Draft.Email,
            ["pvz_id"] = o.Draft.PickupId,
            ["order_id"] = o.Draft.OrderId,
            ["created_at"] = o.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["product_code"] = o.Draft.ProductCode,
        });
        log.LogInformation("Orders from {From} to {To}: {Count}", from, to, found.Count);
        return AdminResults.Json(JsonSerializer.Serialize(rows, Json));
    }

    /// <summary><c>GET /api/admin/rewards/products</c>.</summary>
    public async Task<IActionResult> ListProductsAsync(CancellationToken ct) =>
        AdminResults.Json(JsonSerializer.Serialize((await products.ListAsync(ct)).Select(View), Json));

    /// <summary><c>GET /api/admin/rewards/products/{productCode}</c>.</summary>
    public async Task<IActionResult> GetProductAsync(string productCode, CancellationToken ct) =>
        await products.GetAsync(productCode, ct) is { } product
            ? AdminResults.Json(JsonSerializer.Serialize(View(product), Json))
            : NotFound(productCode);

    /// <summary><c>PUT /api/admin/rewards/products/{productCode}</c>: creates (201) or replaces (200) the product,
    /// its stock included.</summary>
    public async Task<IActionResult> PutProductAsync(HttpRequest request, string productCode, CancellationToken ct)
    {
        if (!CodePattern().IsMatch(productCode ?? ""))
        {
            return AdminResults.BadRequest($"productCode must be 1 to {ShopCallbacks.MaxIdBytes} letters, digits, '-' or '_'");
        }

        var (product, error) = await ReadProductAsync(request, productCode!, ct);
        if (product is null)
        {
            return AdminResults.BadRequest(error!);
        }

        var existed = await products.PutAsync(product, "admin|" + Guid.NewGuid().ToString("N"), ct);
        log.LogInformation("Product {ProductCode} {Action}: {Price} points, stock {Stock}", product.Code, existed ? "replaced" : "created", product.PricePoints, product.Stock);
        return AdminResults.Json(JsonSerializer.Serialize(View(product), Json), existed ? 200 : 201);
    }

    /// <summary><c>DELETE /api/admin/rewards/products/{productCode}</c>.</summary>
    public async Task<IActionResult> DeleteProductAsync(string productCode, CancellationToken ct)
    {
        if (!CodePattern().IsMatch(productCode ?? "") || !await products.DeleteAsync(productCode!, ct))
        {
            return NotFound(productCode);
        }

        log.LogInformation("Product {ProductCode} deleted", productCode);
        return AdminResults.Json(JsonSerializer.Serialize(new { productCode, deleted = true }, Json));
    }

    internal static async Task<(Product? Product, string? Error)> ReadProductAsync(HttpRequest request, string code, CancellationToken ct)
    {
        const string Shape = "{\"title\":\"...\",\"category\":\"...\",\"pricePoints\":500,\"stock\":10,\"description\":\"...\",\"photo\":\"https://...|<file_id>\"}";
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return (null, "the body must be JSON: " + Shape);
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the body must be a JSON object: " + Shape);
            }

            var title = StringOf(root, "title");
            var category = StringOf(root, "category");
            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
            var photo = StringOf(root, "photo");
            var problems = new List<string>();
            if (title is null || title.Length > MaxTitle)
            {
                problems.Add($"title is required, at most {MaxTitle} characters");
            }

            if (category is null || category.Length > MaxCategory)
            {
                problems.Add($"category is required, at most {MaxCategory} characters");
            }

            if (!WholeNumber(root, "pricePoints", out var price) || price <= 0 || price > MaxPoints)
            {
                problems.Add("pricePoints must be a whole number above 0");
            }

            if (!WholeNumber(root, "stock", out var stock) || stock < 0 || stock > MaxPoints)
            {
                problems.Add("stock must be a whole number, 0 or more");
            }

            if (description.Length > MaxDescription)
            {
                problems.Add($"description must be at most {MaxDescription} characters");
            }

            if (photo is not null && (photo.Length > MaxPhoto || photo.Any(char.IsWhiteSpace)
                || (photo.Contains(':', StringComparison.Ordinal) && !(Uri.TryCreate(photo, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))))
            {
                problems.Add("photo must be an https URL or a Telegram file_id");
            }

            return problems.Count > 0
                ? (null, string.Join("; ", problems))
                : (new Product(code, title!, category!, price, stock, description, photo), null);
        }
    }

    private static object View(Product p) => new
    {
        productCode = p.Code,
        title = p.Title,
        category = p.Category,
        pricePoints = p.PricePoints,
        stock = p.Stock,
        description = p.Description,
        photo = p.Photo,
    };

    private static ContentResult NotFound(string? code) =>
        AdminResults.Json(JsonSerializer.Serialize(new { error = $"unknown product '{code}'" }, Json), 404);

    private static string? StringOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    private static bool WholeNumber(JsonElement root, string name, out long value)
    {
        value = 0;
        return root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out value);
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,48}$")]
    private static partial Regex CodePattern();
}
