using System.Globalization;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Features.Common;
using Bot.Features.Menu;

namespace Bot.Features.Rewards.Shop;

/// <summary>Seed 001's shop: the catalog in points, delivery to a pickup point, orders. Part of the rewards
/// flow (enabled with it: the same <see cref="Name"/>), with its own menu entry and commands. Handlers are
/// pure: the stock is taken by <see cref="ReserveEffect"/> with one winner, and its outcome
/// (<see cref="ShopCommands.Reserved"/>) debits the points with the ledger key <c>order:{orderId}</c>, or gives
/// the unit back, or refuses; a refusal never takes points.</summary>
public sealed class ShopFlow : IFlow
{
    /// <summary>The rewards flow's name: the shop is on whenever rewards is.</summary>
    public const string FlowName = "rewards";

    public const int MaxNameLength = 50;

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(ShopTexts.MenuButton, ShopCallbacks.Catalog, Order: 25);

    public IEnumerable<TextDefinition> Texts => ShopTexts.All;

    public IEnumerable<string> KeptDataKeys => ShopData.Kept;

    public IEnumerable<ReferenceSet> ReferenceSets => [ShopReference.Catalog];

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("catalog", ShopTexts.CommandCatalog),
        new("purchases", ShopTexts.CommandPurchases),
    ];

    public void Map(RouteTable routes) => routes
        .Command("/catalog", CatalogCommand)
        .Command("/purchases", ShowPurchases)
        .Callback(ShopCallbacks.Catalog, ShowCategories)
        .Callback(ShopCallbacks.BackToCategories, ShowCategories)
        .Callback(ShopCallbacks.CategoryPrefix, ShowCategoryPage)
        .Callback(ShopCallbacks.CategoryAnewPrefix, ShowCategoryPage)
        .Callback(ShopCallbacks.ProductPrefix, ShowProduct)
        .Callback(ShopCallbacks.BuyPrefix, Buy)
        .Callback(ShopCallbacks.PickupPrefix, PickupChosen)
        .Callback(ShopCallbacks.PickupPagePrefix, PickupPage)
        .Callback(ShopCallbacks.SkipEmail, SkipEmail)
        .Callback(ShopCallbacks.Confirm, Confirm)
        .Callback(ShopCallbacks.Cancel, Cancel)
        .On(ShopStates.City, InputKind.Text, CityEntered)
        .On(ShopStates.FirstName, InputKind.Text, FirstNameEntered)
        .On(ShopStates.LastName, InputKind.Text, LastNameEntered)
        .On(ShopStates.Phone, InputKind.Text, PhoneEntered)
        .On(ShopStates.Email, InputKind.Text, EmailEntered)
        .On(ShopStates.Confirm, InputKind.Text, ctx => IsCancelWord(ctx) ? Cancel(ctx) : Prompt(ctx, ctx.T(ShopTexts.ConfirmWait), ShopKeyboards.Confirm(ctx)))
        .WrongInput(ShopStates.City, Other)
        .WrongInput(ShopStates.FirstName, Other)
        .WrongInput(ShopStates.LastName, Other)
        .WrongInput(ShopStates.Phone, Other)
        .WrongInput(ShopStates.Email, Other)
        .WrongInput(ShopStates.Confirm, Other)
        .WrongInput(ShopStates.Placing, ctx => ctx.Input.Kind == InputKind.Callback
            ? ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton))
            : ctx.Decide().Reply(ctx.T(ShopTexts.PlacingWait)))
        .Internal(ShopCommands.PickupFound, PickupFound)
        .Internal(ShopCommands.Reserved, Reserved);

    // ---- browsing -------------------------------------------------------------------------------------

    /// <summary>/catalog: any dialog in progress is left (as /menu does), then the categories.</summary>
    internal static Decision CatalogCommand(FlowContext ctx) => Categories(ctx, LeaveDialog(ctx, MenuFlow.Reset(ctx)), edit: false);

    /// <summary>The menu button (a new message: the menu keeps its buttons) or «К категориям» under a page
    /// (the page turns back into the categories).</summary>
    internal static Decision ShowCategories(FlowContext ctx) => Categories(ctx, ctx.Decide(), edit: ctx.Input.CallbackData == ShopCallbacks.BackToCategories && IsListMessage(ctx));

    private static Decision Categories(FlowContext ctx, Decision decision, bool edit)
    {
        var categories = ctx.Reference(ShopReference.Catalog).Categories();
        if (categories.Count == 0)
        {
            return decision.Reply(ctx.T(ShopTexts.CatalogEmpty));
        }

        return Show(ctx, decision, ctx.T(ShopTexts.Categories), ShopKeyboards.Categories(categories), edit);
    }

    /// <summary>A page of a category's products: the list message turns into the page (categories → page →
    /// page), a product card's «Назад» sends it anew.</summary>
    internal static Decision ShowCategoryPage(FlowContext ctx)
    {
        var catalog = ctx.Reference(ShopReference.Catalog);
        var data = ctx.Input.CallbackData;
        var anew = ShopCallbacks.Tail(data, ShopCallbacks.CategoryAnewPrefix);
        var (hash, page) = anew is not null ? (anew, 0) : ShopCallbacks.CategoryOf(data) ?? ("", 0);
        var category = catalog.CategoryByHash(hash);
        if (category is null)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var products = catalog.InCategory(category);
        var pages = Math.Max(1, (products.Count + Catalog.PageSize - 1) / Catalog.PageSize);
        page = Math.Min(page, pages - 1);
        var text = ctx.T(ShopTexts.Products, ("category", category), ("page", page + 1), ("pages", pages));
        var markup = ShopKeyboards.Products(ctx, category, products.Skip(page * Catalog.PageSize).Take(Catalog.PageSize).ToList(), page, pages);
        return Show(ctx, ctx.Decide(), text, markup, edit: anew is null && IsListMessage(ctx));
    }

    /// <summary>A product's card: title, description, price in points, stock; with its photo when it has one.</summary>
    internal static Decision ShowProduct(FlowContext ctx)
    {
        var product = ctx.Reference(ShopReference.Catalog).Find(ShopCallbacks.Tail(ctx.Input.CallbackData, ShopCallbacks.ProductPrefix));
        if (product is null)
        {
            return ctx.Decide().Reply(ctx.T(ShopTexts.ProductGone));
        }

        var text = ctx.T(ShopTexts.ProductCard,
            ("title", product.Title),
            ("description", product.Description),
            ("price", ctx.T(ShopTexts.PriceLabel, ("price", product.PricePoints))),
            ("stock", product.Stock > 0 ? ctx.T(ShopTexts.InStock, ("stock", product.Stock)) : ctx.T(ShopTexts.OutOfStockLabel)));
        var markup = ShopKeyboards.Product(ctx, product);
        if (string.IsNullOrWhiteSpace(product.Photo))
        {
            return ctx.Decide().Reply(text, markup);
        }

        return ctx.Decide().Send(new OutboxItem
        {
            Kind = OutboxKind.SendPhoto,
            ChatId = ctx.Session.UserId,
            File = product.Photo,
            Text = text.Length <= MaxCaption ? text : text[..(MaxCaption - 1)] + "…",
            Markup = markup,
        });
    }

    /// <summary>Telegram's limit for a photo's caption.</summary>
    public const int MaxCaption = 1024;

    // ---- buying ---------------------------------------------------------------------------------------

    /// <summary>«Купить»: ask for the city. Out of stock, not enough points or an order still being placed are
    /// said at once (and checked again at the confirmation).</summary>
    internal static Decision Buy(FlowContext ctx)
    {
        var product = ctx.Reference(ShopReference.Catalog).Find(ShopCallbacks.Tail(ctx.Input.CallbackData, ShopCallbacks.BuyPrefix));
        if (product is null)
        {
            return ctx.Decide().Reply(ctx.T(ShopTexts.ProductGone));
        }

        if (ctx.Session.Get(ShopData.Pending) is not null)
        {
            return ctx.Decide().Reply(ctx.T(ShopTexts.Pending));
        }

        if (product.Stock <= 0)
        {
            return ctx.Decide().Reply(ctx.T(ShopTexts.SoldOut));
        }

        var balance = Points(ctx.Session);
        if (balance < product.PricePoints)
        {
            return ctx.Decide().Reply(NotEnough(ctx, product.Title, product.PricePoints, balance));
        }

        return ctx.Decide()
            .ClearKeptButtons(ShopData.Prompt)
            .Change(ClearDialog)
            .GoTo(ShopStates.City)
            .Set(ShopData.Product, product.Code)
            .Set(ShopData.Price, product.PricePoints.ToString(CultureInfo.InvariantCulture))
            .Reply(ctx.T(ShopTexts.AskCity), ShopKeyboards.Cancel(ctx), keepIdAs: ShopData.Prompt);
    }

    /// <summary>The city (or any part of an address): looked up by <see cref="PickupLookupEffect"/> (the points
    /// are too many for the snapshot); <see cref="PickupFound"/> shows the answer.</summary>
    internal static Decision CityEntered(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var city = ctx.Input.Text!.Trim();
        if (AddressText.Normalize(city).Length < 2)
        {
            return Prompt(ctx, ctx.T(ShopTexts.CityTooShort), ShopKeyboards.Cancel(ctx));
        }

        return ctx.Decide()
            .Set(ShopData.City, city)
            .Set(ShopData.PickupPage, null)
            .Effect(ShopEffects.PickupLookup, new PickupQuery(city, 0, null));
    }

    /// <summary>«Назад»/«Далее» under the pickup points: the page is looked up again and replaces the list.</summary>
    internal static Decision PickupPage(FlowContext ctx)
    {
        var city = ctx.Session.Get(ShopData.City);
        if (ctx.Session.State != ShopStates.City || city is null)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        return ctx.Decide().Effect(ShopEffects.PickupLookup, new PickupQuery(city, ShopCallbacks.PageOf(ctx.Input.CallbackData), ctx.Input.MessageId));
    }

    /// <summary>The lookup's answer: the points as buttons (paged), or the seed's «К сожалению нет доступных ПВЗ
    /// по указанному адресу.», after which another city may be entered. An answer for a city no longer asked
    /// about is dropped.</summary>
    internal static Decision PickupFound(FlowContext ctx)
    {
        var result = ctx.Input.PayloadAs<PickupResult>()!;
        if (ctx.Session.State != ShopStates.City || ctx.Session.Get(ShopData.City) != result.City)
        {
            return ctx.Decide();
        }

        if (result.Total == 0)
        {
            return Prompt(ctx, ctx.T(ShopTexts.NoPickupPoints), ShopKeyboards.Cancel(ctx)).Set(ShopData.City, null);
        }

        var text = ctx.T(ShopTexts.PickupPoints, ("city", result.City), ("count", result.Total), ("page", result.Page + 1), ("pages", result.Pages));
        var markup = ShopKeyboards.PickupPoints(ctx, result.Points, result.Page, result.Pages);
        var decision = ctx.Decide().Set(ShopData.PickupPage, JsonSerializer.Serialize(result.Points, EngineJson.Options));
        return result.EditMessageId is { } message
            ? decision.Edit(message, text, markup)
            : decision.ClearKeptButtons(ShopData.Prompt).Reply(text, markup, keepIdAs: ShopData.Prompt);
    }

    /// <summary>A pickup point: ask for the recipient's first name.</summary>
    internal static Decision PickupChosen(FlowContext ctx)
    {
        var id = ShopCallbacks.Tail(ctx.Input.CallbackData, ShopCallbacks.PickupPrefix);
        var shown = ctx.Session.Get(ShopData.PickupPage) is { } json ? JsonSerializer.Deserialize<PickupPoint[]>(json, EngineJson.Options) ?? [] : [];
        var point = shown.FirstOrDefault(p => p.Id == id);
        if (ctx.Session.State != ShopStates.City || point is null)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        return Prompt(ctx, ctx.T(ShopTexts.AskFirstName, ("address", point.FullAddress)), ShopKeyboards.Cancel(ctx))
            .GoTo(ShopStates.FirstName)
            .Set(ShopData.PickupId, point.Id)
            .Set(ShopData.PickupAddress, point.FullAddress);
    }

    internal static Decision FirstNameEntered(FlowContext ctx) => NameEntered(ctx, ShopData.FirstName, ShopStates.LastName, ShopTexts.AskLastName);

    internal static Decision LastNameEntered(FlowContext ctx) => NameEntered(ctx, ShopData.LastName, ShopStates.Phone, ShopTexts.AskPhone);

    private static Decision NameEntered(FlowContext ctx, string key, string next, string ask)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var name = string.Join(' ', ctx.Input.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length is 0 or > MaxNameLength || !name.Any(char.IsLetter))
        {
            return Prompt(ctx, ctx.T(ShopTexts.NameInvalid, ("max", MaxNameLength)), ShopKeyboards.Cancel(ctx));
        }

        return Prompt(ctx, ctx.T(ask), ShopKeyboards.Cancel(ctx)).Set(key, name).GoTo(next);
    }

    /// <summary>The phone, normalised to E.164 (libphonenumber, region RU); anything else is asked again.</summary>
    internal static Decision PhoneEntered(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        if (!Phones.TryNormalize(ctx.Input.Text, out var phone, out _))
        {
            return Prompt(ctx, ctx.T(ShopTexts.PhoneInvalid), ShopKeyboards.Cancel(ctx));
        }

        return Prompt(ctx, ctx.T(ShopTexts.AskEmail), ShopKeyboards.SkipEmail(ctx)).Set(ShopData.Phone, phone).GoTo(ShopStates.Email);
    }

    internal static Decision EmailEntered(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        if (IsSkipWord(ctx))
        {
            return Summary(ctx, "");
        }

        return EmailAddress.TryNormalize(ctx.Input.Text, out var email)
            ? Summary(ctx, email)
            : Prompt(ctx, ctx.T(ShopTexts.EmailInvalid), ShopKeyboards.SkipEmail(ctx));
    }

    internal static Decision SkipEmail(FlowContext ctx) =>
        ctx.Session.State == ShopStates.Email ? Summary(ctx, "") : ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));

    /// <summary>The summary with «Подтвердить»/«Отмена».</summary>
    private static Decision Summary(FlowContext ctx, string email)
    {
        var s = ctx.Session;
        var product = ctx.Reference(ShopReference.Catalog).Find(s.Get(ShopData.Product));
        if (product is null)
        {
            return End(ctx, ctx.Decide()).Reply(ctx.T(ShopTexts.ProductGone));
        }

        var text = ctx.T(ShopTexts.Summary,
            ("title", product.Title),
            ("price", s.Get(ShopData.Price)),
            ("address", s.Get(ShopData.PickupAddress)),
            ("first", s.Get(ShopData.FirstName)),
            ("last", s.Get(ShopData.LastName)),
            ("phone", s.Get(ShopData.Phone)),
            ("email", email.Length == 0 ? ctx.T(ShopTexts.NoEmail) : email));
        return Prompt(ctx, text, ShopKeyboards.Confirm(ctx)).Set(ShopData.Email, email).GoTo(ShopStates.Confirm);
    }

    /// <summary>«Подтвердить»: the points are checked (the balance less nothing else pending), the order gets its
    /// id, and the stock is reserved by <see cref="ReserveEffect"/>; nothing is debited yet.</summary>
    internal static Decision Confirm(FlowContext ctx)
    {
        var s = ctx.Session;
        if (s.State != ShopStates.Confirm)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = DropPrompt(ctx);
        var product = ctx.Reference(ShopReference.Catalog).Find(s.Get(ShopData.Product));
        if (product is null)
        {
            return End(ctx, decision).Reply(ctx.T(ShopTexts.ProductGone));
        }

        if (s.Get(ShopData.Pending) is not null)
        {
            return decision.Reply(ctx.T(ShopTexts.Pending));
        }

        var price = long.Parse(s.Get(ShopData.Price) ?? product.PricePoints.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var balance = Points(s);
        if (balance < price)
        {
            return End(ctx, decision).Reply(NotEnough(ctx, product.Title, price, balance));
        }

        var sequence = (long.TryParse(s.Get(ShopData.Sequence), CultureInfo.InvariantCulture, out var n) ? n : 0) + 1;
        var order = new OrderDraft(
            OrderId(s.UserId, sequence), s.UserId, product.Code, product.Title, price,
            s.Get(ShopData.PickupId) ?? "", s.Get(ShopData.PickupAddress) ?? "",
            s.Get(ShopData.FirstName) ?? "", s.Get(ShopData.LastName) ?? "", s.Get(ShopData.Phone) ?? "", s.Get(ShopData.Email) ?? "",
            ctx.Now);
        return decision
            .GoTo(ShopStates.Placing)
            .Set(ShopData.Sequence, sequence.ToString(CultureInfo.InvariantCulture))
            .Set(ShopData.Pending, JsonSerializer.Serialize(order, EngineJson.Options))
            .Answer(ctx.T(ShopTexts.Placing))
            .Effect(ShopEffects.Reserve, order);
    }

    /// <summary>The reservation's outcome. Won: the points are debited (ledger key <c>order:{id}</c>, once), the
    /// order is stored and the seed's final message sent; if the balance fell meanwhile the unit goes back.
    /// Refused: out of stock (or the product is gone), nothing debited.</summary>
    internal static Decision Reserved(FlowContext ctx)
    {
        var outcome = ctx.Input.PayloadAs<Reservation>()!;
        var order = outcome.Order;
        var pending = ctx.Session.Get(ShopData.Pending) is { } json ? JsonSerializer.Deserialize<OrderDraft>(json, EngineJson.Options) : null;
        if (pending?.OrderId != order.OrderId || Purchases.Contains(ctx.Session, order.OrderId))
        {
            return ctx.Decide();
        }

        var decision = ctx.Decide().Set(ShopData.Pending, null);
        if (ctx.Session.State == ShopStates.Placing)
        {
            decision = End(ctx, decision);
        }

        if (!outcome.Won)
        {
            return decision.Reply(outcome.ProductGone ? ctx.T(ShopTexts.ProductGone) : ctx.T(ShopTexts.OutOfStock, ("title", order.Title)));
        }

        var balance = Points(ctx.Session);
        if (balance < order.PricePoints)
        {
            return decision
                .Effect(ShopEffects.Release, order)
                .Reply(NotEnough(ctx, order.Title, order.PricePoints, balance));
        }

        return decision
            .Post(Currencies.Points, -order.PricePoints, LedgerKey(order.OrderId), $"Order {order.OrderId}: {order.Title}")
            .Effect(ShopEffects.StoreOrder, new ShopOrder(order, ctx.Now))
            .Change(s => Purchases.Add(s, new Purchase(order.OrderId, order.Title, order.PricePoints, order.PickupAddress, ctx.Now)))
            .Reply(ctx.T(ShopTexts.Done));
    }

    /// <summary>«Отмена» (button or word) before the confirmation.</summary>
    internal static Decision Cancel(FlowContext ctx)
    {
        if (!IsDialogState(ctx.Session.State) || ctx.Session.State == ShopStates.Placing)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = End(ctx, DropPrompt(ctx));
        return ctx.Menu.Count > 0
            ? decision.Reply(ctx.T(ShopTexts.Cancelled), MenuFlow.MenuMarkup(ctx))
            : decision.Reply(ctx.T(ShopTexts.Cancelled));
    }

    /// <summary>/purchases: the user's last orders, newest first.</summary>
    internal static Decision ShowPurchases(FlowContext ctx)
    {
        var purchases = Purchases.Of(ctx.Session);
        if (purchases.Count == 0)
        {
            return ctx.Decide().Reply(ctx.T(ShopTexts.NoPurchases));
        }

        var lines = purchases.Select(p => ctx.T(ShopTexts.PurchaseLine,
            ("date", p.At.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            ("title", p.Title),
            ("price", p.PricePoints),
            ("order", p.OrderId),
            ("address", p.PickupAddress)));
        return ctx.Decide().Reply(ctx.T(ShopTexts.Purchases, ("list", string.Join("\n\n", lines))));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    public static string OrderId(long userId, long sequence) => $"{userId.ToString(CultureInfo.InvariantCulture)}-{sequence.ToString(CultureInfo.InvariantCulture)}";

    public static string LedgerKey(string orderId) => "order:" + orderId;

    private static long Points(Session session) => (long)decimal.Floor(session.Balance(Currencies.Points));

    private static string NotEnough(FlowContext ctx, string title, long price, long balance) =>
        ctx.T(ShopTexts.NotEnoughPoints, ("title", title), ("price", price), ("balance", balance));

    private static Decision Other(FlowContext ctx) => ctx.Input.Kind switch
    {
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => ctx.Decide().Reply(ctx.T(ShopTexts.TextExpected)),
    };

    /// <summary>A new prompt: the previous prompt's (and a pressed message's) buttons go, this one's id is kept.</summary>
    private static Decision Prompt(FlowContext ctx, string text, Markup markup) =>
        DropPrompt(ctx).Reply(text, markup, keepIdAs: ShopData.Prompt);

    private static Decision DropPrompt(FlowContext ctx)
    {
        var decision = ctx.Decide();
        if (ctx.Input.Kind == InputKind.Callback && ctx.Input.MessageId is { } pressed)
        {
            decision = decision.ClearButtons(pressed);
            if (ctx.Session.Get(ShopData.Prompt) == pressed.ToString(CultureInfo.InvariantCulture))
            {
                return decision.Set(ShopData.Prompt, null);
            }
        }

        return decision.ClearKeptButtons(ShopData.Prompt);
    }

    /// <summary>Leaves the purchase dialog for the menu state (the kept data stays).</summary>
    private static Decision End(FlowContext ctx, Decision decision) =>
        decision.ClearKeptButtons(ShopData.Prompt).Change(ClearDialog).GoTo(ServiceStates.Menu);

    /// <summary>/catalog in the middle of a purchase: the prompt's buttons go too.</summary>
    private static Decision LeaveDialog(FlowContext ctx, Decision decision) =>
        ctx.Session.Get(ShopData.Prompt) is null ? decision : decision.ClearKeptButtons(ShopData.Prompt);

    internal static Session ClearDialog(Session session) => session with
    {
        Data = session.Data.RemoveRange(session.Data.Keys.Where(k =>
            k.StartsWith(ShopData.Prefix, StringComparison.Ordinal) && !ShopData.Kept.Contains(k))),
    };

    private static bool IsDialogState(string state) => state.StartsWith(ShopData.Prefix, StringComparison.Ordinal);

    /// <summary>The list message (categories or a page) can become the next list; a card is answered anew.</summary>
    private static bool IsListMessage(FlowContext ctx) => ctx.Input.Kind == InputKind.Callback && ctx.Input.MessageId is not null;

    private static Decision Show(FlowContext ctx, Decision decision, string text, Markup markup, bool edit) =>
        edit && ctx.Input.MessageId is { } message ? decision.Edit(message, text, markup) : decision.Reply(text, markup);

    private static bool IsCancelWord(FlowContext ctx) => IsWord(ctx, ShopTexts.CancelButton);

    private static bool IsSkipWord(FlowContext ctx) => IsWord(ctx, ShopTexts.SkipButton);

    private static bool IsWord(FlowContext ctx, string key) =>
        ctx.Input.Text is { } text
        && (string.Equals(text.Trim(), ctx.Texts.Get(key, "ru"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(text.Trim(), ctx.Texts.Get(key, "en"), StringComparison.OrdinalIgnoreCase));
}
