using Bot.Engine.Outbox;
using Bot.Engine.Routing;

namespace Bot.Features.Rewards.Shop;

/// <summary>The shop's inline keyboards, texts in the user's language.</summary>
public static class ShopKeyboards
{
    public static Markup Categories(IReadOnlyList<string> categories) =>
        Markup.InlineColumn(categories.Select(c => Button.Callback(c, ShopCallbacks.Category(c, 0))).ToArray());

    /// <summary>A page of a category's products, «Назад»/«Далее» when there are more pages, «К категориям».</summary>
    public static Markup Products(FlowContext ctx, string category, IReadOnlyList<Product> page, int pageIndex, int pages)
    {
        var rows = page.Select(p => (IReadOnlyList<Button>)[Button.Callback(ProductButton(ctx, p), ShopCallbacks.Product(p.Code))]).ToList();
        rows.AddRange(Navigation(ctx, pageIndex, pages, i => ShopCallbacks.Category(category, i)));
        rows.Add([Button.Callback(ctx.T(ShopTexts.CategoriesButton), ShopCallbacks.BackToCategories)]);
        return new Markup { Inline = rows };
    }

    /// <summary>«Купить» (when in stock), «Назад» to the product's category.</summary>
    public static Markup Product(FlowContext ctx, Product product)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (product.Stock > 0)
        {
            rows.Add([Button.Callback(ctx.T(ShopTexts.BuyButton), ShopCallbacks.Buy(product.Code))]);
        }

        rows.Add([Button.Callback(ctx.T(ShopTexts.BackButton), ShopCallbacks.CategoryAnew(product.Category))]);
        return new Markup { Inline = rows };
    }

    /// <summary>A page of pickup points (the full address on each button), «Назад»/«Далее», «Отмена».</summary>
    public static Markup PickupPoints(FlowContext ctx, IReadOnlyList<PickupPoint> page, int pageIndex, int pages)
    {
        var rows = page.Select(p => (IReadOnlyList<Button>)[Button.Callback(p.FullAddress, ShopCallbacks.Pickup(p.Id))]).ToList();
        rows.AddRange(Navigation(ctx, pageIndex, pages, ShopCallbacks.PickupPage));
        rows.Add([Button.Callback(ctx.T(ShopTexts.CancelButton), ShopCallbacks.Cancel)]);
        return new Markup { Inline = rows };
    }

    public static Markup Cancel(FlowContext ctx) =>
        Markup.InlineColumn(Button.Callback(ctx.T(ShopTexts.CancelButton), ShopCallbacks.Cancel));

    public static Markup SkipEmail(FlowContext ctx) =>
        Markup.InlineRows(
            [Button.Callback(ctx.T(ShopTexts.SkipButton), ShopCallbacks.SkipEmail)],
            [Button.Callback(ctx.T(ShopTexts.CancelButton), ShopCallbacks.Cancel)]);

    public static Markup Confirm(FlowContext ctx) =>
        Markup.InlineRows([
            Button.Callback(ctx.T(ShopTexts.ConfirmButton), ShopCallbacks.Confirm),
            Button.Callback(ctx.T(ShopTexts.CancelButton), ShopCallbacks.Cancel),
        ]);

    private static string ProductButton(FlowContext ctx, Product p) =>
        p.Stock > 0 ? $"{p.Title} · {p.PricePoints}" : $"{p.Title} · {ctx.T(ShopTexts.OutOfStockLabel)}";

    private static IEnumerable<IReadOnlyList<Button>> Navigation(FlowContext ctx, int page, int pages, Func<int, string> data)
    {
        var row = new List<Button>();
        if (page > 0)
        {
            row.Add(Button.Callback(ctx.T(ShopTexts.BackButton), data(page - 1)));
        }

        if (page < pages - 1)
        {
            row.Add(Button.Callback(ctx.T(ShopTexts.NextButton), data(page + 1)));
        }

        return row.Count == 0 ? [] : [row];
    }
}
