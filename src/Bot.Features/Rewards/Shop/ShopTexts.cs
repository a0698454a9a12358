using Bot.Engine.Texts;

namespace Bot.Features.Rewards.Shop;

/// <summary>Every user-facing string of the shop: Russian (seed 001's exact wording for the final message and
/// for a city without pickup points) and English.</summary>
public static class ShopTexts
{
    public const string MenuButton = "shop.menu_button";
    public const string CommandCatalog = "shop.command_catalog";
    public const string CommandPurchases = "shop.command_purchases";
    public const string Categories = "shop.categories";
    public const string CatalogEmpty = "shop.catalog_empty";
    public const string Products = "shop.products";
    public const string ProductCard = "shop.product_card";
    public const string InStock = "shop.in_stock";
    public const string OutOfStockLabel = "shop.out_of_stock_label";
    public const string PriceLabel = "shop.price_label";
    public const string BuyButton = "shop.buy_button";
    public const string BackButton = "shop.back_button";
    public const string NextButton = "shop.next_button";
    public const string CategoriesButton = "shop.categories_button";
    public const string ProductGone = "shop.product_gone";
    public const string SoldOut = "shop.sold_out";
    public const string AskCity = "shop.ask_city";
    public const string CityTooShort = "shop.city_too_short";
    public const string NoPickupPoints = "shop.no_pickup_points";
    public const string PickupPoints = "shop.pickup_points";
    public const string AskFirstName = "shop.ask_first_name";
    public const string AskLastName = "shop.ask_last_name";
    public const string NameInvalid = "shop.name_invalid";
    public const string AskPhone = "shop.ask_phone";
    public const string PhoneInvalid = "shop.phone_invalid";
    public const string AskEmail = "shop.ask_email";
    public const string EmailInvalid = "shop.email_invalid";
    public const string SkipButton = "shop.skip_button";
    public const string Summary = "shop.summary";
    public const string NoEmail = "shop.no_email";
    public const string ConfirmButton = "shop.confirm_button";
    public const string CancelButton = "shop.cancel_button";
    public const string ConfirmWait = "shop.confirm_wait";
    public const string Placing = "shop.placing";
    public const string PlacingWait = "shop.placing_wait";
    public const string Pending = "shop.pending";
    public const string Done = "shop.done";
    public const string NotEnoughPoints = "shop.not_enough_points";
    public const string OutOfStock = "shop.out_of_stock";
    public const string Cancelled = "shop.cancelled";
    public const string Purchases = "shop.purchases";
    public const string PurchaseLine = "shop.purchase_line";
    public const string NoPurchases = "shop.no_purchases";
    public const string TextExpected = "shop.text_expected";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(MenuButton, "Каталог подарков", "Gift catalog"),
        new(CommandCatalog, "каталог подарков за баллы", "the catalog of gifts for points"),
        new(CommandPurchases, "мои заказы", "my orders"),
        new(Categories, "Выберите категорию:", "Choose a category:"),
        new(CatalogEmpty, "Каталог пока пуст.", "The catalog is empty for now."),
        new(Products, "{category} (стр. {page} из {pages}). Выберите товар:", "{category} (page {page} of {pages}). Choose a product:"),
        new(ProductCard, "{title}\n\n{description}\n\n{price}\n{stock}", "{title}\n\n{description}\n\n{price}\n{stock}"),
        new(PriceLabel, "Цена: {price} баллов", "Price: {price} points"),
        new(InStock, "В наличии: {stock} шт.", "In stock: {stock}"),
        new(OutOfStockLabel, "Нет в наличии", "Out of stock"),
        new(BuyButton, "Купить", "Buy"),
        new(BackButton, "Назад", "Back"),
        new(NextButton, "Далее", "Next"),
        new(CategoriesButton, "К категориям", "To categories"),
        new(ProductGone, "Этого товара больше нет в каталоге. Каталог: /catalog", "This product is no longer in the catalog. Catalog: /catalog"),
        new(SoldOut, "Этот товар закончился. Выберите другой: /catalog", "This product is sold out. Choose another one: /catalog"),
        new(AskCity, "Доставка в пункт выдачи заказов (ПВЗ). Введите город:", "Delivery to a pickup point. Enter the city:"),
        new(CityTooShort, "Введите название города (хотя бы две буквы):", "Enter the city's name (at least two letters):"),
        new(NoPickupPoints, "К сожалению нет доступных ПВЗ по указанному адресу.", "Unfortunately there are no pickup points at this address."),
        new(PickupPoints,
            "Пункты выдачи по запросу «{city}»: {count} (стр. {page} из {pages}). Выберите пункт или введите другой город:",
            "Pickup points for \"{city}\": {count} (page {page} of {pages}). Choose one or enter another city:"),
        new(AskFirstName, "Пункт выдачи: {address}\n\nВведите имя получателя:", "Pickup point: {address}\n\nEnter the recipient's first name:"),
        new(AskLastName, "Введите фамилию получателя:", "Enter the recipient's last name:"),
        new(NameInvalid, "Имя и фамилия — от 1 до {max} символов, с буквами. Введите ещё раз:", "First and last names are 1 to {max} characters, with letters. Enter it again:"),
        new(AskPhone, "Введите телефон получателя, например +7 999 123-45-67:", "Enter the recipient's phone, for example +7 999 123-45-67:"),
        new(PhoneInvalid, "Это не номер телефона. Введите номер, например +7 999 123-45-67:", "That is not a phone number. Enter a number, for example +7 999 123-45-67:"),
        new(AskEmail, "Введите e-mail получателя или нажмите «Пропустить»:", "Enter the recipient's e-mail or press Skip:"),
        new(EmailInvalid,
            "Это не адрес e-mail. Введите адрес вида name@example.com или нажмите «Пропустить»:",
            "That is not an e-mail address. Enter one like name@example.com or press Skip:"),
        new(SkipButton, "Пропустить", "Skip"),
        new(Summary,
            "Проверьте заказ:\nТовар: {title}\nЦена: {price} баллов\nПункт выдачи: {address}\nПолучатель: {first} {last}\nТелефон: {phone}\nE-mail: {email}",
            "Check your order:\nProduct: {title}\nPrice: {price} points\nPickup point: {address}\nRecipient: {first} {last}\nPhone: {phone}\nE-mail: {email}"),
        new(NoEmail, "не указан", "none"),
        new(ConfirmButton, "Подтвердить", "Confirm"),
        new(CancelButton, "Отмена", "Cancel"),
        new(ConfirmWait, "Нажмите «Подтвердить» или «Отмена».", "Press Confirm or Cancel."),
        new(Placing, "Оформляю заказ…", "Placing the order…"),
        new(PlacingWait, "Заказ оформляется, подождите немного.", "The order is being placed, please wait a moment."),
        new(Pending, "Предыдущий заказ ещё оформляется, подождите немного.", "Your previous order is still being placed, please wait a moment."),
        new(Done,
            "Спасибо за участие в игре! \n🎁 Как идет Ваш подарок можно увидеть по ссылке, которую Яндекс выслал в смс.",
            "Thank you for taking part in the game! \n🎁 You can follow your gift with the link Yandex sent you by SMS."),
        new(NotEnoughPoints,
            "Недостаточно баллов: «{title}» стоит {price}, на вашем балансе {balance}. Баллы не списаны.",
            "Not enough points: \"{title}\" costs {price}, your balance is {balance}. No points were taken."),
        new(OutOfStock,
            "К сожалению, «{title}» закончился. Баллы не списаны. Выберите другой подарок: /catalog",
            "Sorry, \"{title}\" is sold out. No points were taken. Choose another gift: /catalog"),
        new(Cancelled, "Заказ отменён, баллы не списаны.", "The order is cancelled; no points were taken."),
        new(Purchases, "Ваши заказы:\n\n{list}", "Your orders:\n\n{list}"),
        new(PurchaseLine, "{date} — {title}, {price} баллов (заказ {order})\nПВЗ: {address}", "{date} — {title}, {price} points (order {order})\nPickup point: {address}"),
        new(NoPurchases, "У вас пока нет заказов. Каталог: /catalog", "You have no orders yet. Catalog: /catalog"),
        new(TextExpected, "Отправьте ответ текстом или нажмите «Отмена».", "Send the answer as text or press Cancel."),
    ];
}
