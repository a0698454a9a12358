using Bot.Engine.Texts;

namespace Bot.Features.Loyalty;

/// <summary>Every user-facing string of the loyalty flow, Russian and English. Seed 002 names the commands
/// («узнать баланс, привязать телефон») and the 1% rule but gives no message wording; these follow its terms.</summary>
public static class LoyaltyTexts
{
    public const string MenuButton = "loyalty.menu_button";
    public const string Intro = "loyalty.intro";
    public const string AskPhone = "loyalty.ask_phone";
    public const string ShareContactButton = "loyalty.share_contact_button";
    public const string CancelButton = "loyalty.cancel_button";
    public const string NotOwnContact = "loyalty.not_own_contact";
    public const string InvalidPhone = "loyalty.invalid_phone";
    public const string Linking = "loyalty.linking";
    public const string Linked = "loyalty.linked";
    public const string AlreadyLinked = "loyalty.already_linked";
    public const string PhoneTaken = "loyalty.phone_taken";
    public const string PhoneWrongInput = "loyalty.phone_wrong_input";
    public const string BonusNotice = "loyalty.bonus_notice";
    public const string AdjustmentNotice = "loyalty.adjustment_notice";
    public const string HistoryTitle = "loyalty.history_title";
    public const string HistoryLine = "loyalty.history_line";
    public const string HistoryEmpty = "loyalty.history_empty";
    public const string HistoryNoPhone = "loyalty.history_no_phone";
    public const string Book = "loyalty.book";
    public const string BookButton = "loyalty.book_button";
    public const string NotConfigured = "loyalty.not_configured";
    public const string Contacts = "loyalty.contacts";
    public const string MapButton = "loyalty.map_button";
    public const string AdjustAskPhone = "loyalty.adjust_ask_phone";
    public const string AdjustAskPoints = "loyalty.adjust_ask_points";
    public const string AdjustBadPoints = "loyalty.adjust_bad_points";
    public const string AdjustAskReason = "loyalty.adjust_ask_reason";
    public const string AdjustBadReason = "loyalty.adjust_bad_reason";
    public const string AdjustConfirm = "loyalty.adjust_confirm";
    public const string ConfirmButton = "loyalty.confirm_button";
    public const string AdjustWorking = "loyalty.adjust_working";
    public const string AdjustDoneLinked = "loyalty.adjust_done_linked";
    public const string AdjustDonePending = "loyalty.adjust_done_pending";
    public const string AdjustRefused = "loyalty.adjust_refused";
    public const string AdjustWait = "loyalty.adjust_wait";
    public const string Cancelled = "loyalty.cancelled";
    public const string CommandPhone = "loyalty.command_phone";
    public const string CommandHistory = "loyalty.command_history";
    public const string CommandBook = "loyalty.command_book";
    public const string CommandContacts = "loyalty.command_contacts";
    public const string CommandAdjust = "loyalty.command_adjust";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(MenuButton, "Бонусная карта", "Loyalty card"),
        new(Intro,
            "Бонусная карта: за каждый оплаченный визит начисляется {percent}% от суммы баллами.\n/phone — привязать телефон\n/balance — баланс\n/history — история начислений\n/book — записаться\n/contacts — контакты",
            "Loyalty card: every paid visit earns {percent}% of its amount in points.\n/phone — link your phone\n/balance — balance\n/history — bonus history\n/book — book a visit\n/contacts — contacts"),
        new(AskPhone,
            "Чтобы получать баллы, привяжите номер телефона, указанный при записи: нажмите «Поделиться контактом» или отправьте номер сообщением, например +7 999 123-45-67.",
            "To earn points, link the phone number you book with: press «Share contact» or send the number as a message, for example +7 999 123-45-67."),
        new(ShareContactButton, "Поделиться контактом", "Share contact"),
        new(CancelButton, "Отмена", "Cancel"),
        new(NotOwnContact,
            "Это не ваш контакт. Нажмите «Поделиться контактом», чтобы отправить свой номер, или введите его сообщением.",
            "That is not your contact. Press «Share contact» to send your own number, or type it."),
        new(InvalidPhone,
            "Не удалось распознать номер. Отправьте номер полностью, например +7 999 123-45-67, или нажмите «Отмена».",
            "That number could not be read. Send the full number, for example +7 999 123-45-67, or press Cancel."),
        new(Linking, "Проверяю номер…", "Checking the number…"),
        new(Linked, "Телефон {phone} привязан. Баллы за оплаченные визиты будут начисляться автоматически.",
            "Phone {phone} is linked. Points for paid visits will be credited automatically."),
        new(AlreadyLinked, "Телефон {phone} уже привязан к вашему аккаунту.", "Phone {phone} is already linked to your account."),
        new(PhoneTaken,
            "Этот номер уже привязан к другому аккаунту. Если это ваш номер, обратитесь в поддержку.",
            "This number is already linked to another account. If it is yours, please contact support."),
        new(PhoneWrongInput,
            "Отправьте номер телефона или нажмите «Поделиться контактом». «Отмена» — вернуться в меню.",
            "Send a phone number or press «Share contact». «Cancel» returns to the menu."),
        new(BonusNotice,
            "Начислено {points} баллов за визит {date} на сумму {amount} ₽. Баланс: {balance} баллов.",
            "{points} points credited for your visit on {date} ({amount} ₽). Balance: {balance} points."),
        new(AdjustmentNotice, "Баллы: {delta} ({reason}). Баланс: {balance} баллов.", "Points: {delta} ({reason}). Balance: {balance} points."),
        new(HistoryTitle, "История начислений:", "Bonus history:"),
        new(HistoryLine, "{date} — визит на {amount} ₽: +{points} баллов", "{date} — visit of {amount} ₽: +{points} points"),
        new(HistoryEmpty, "Начислений пока нет.", "No bonuses yet."),
        new(HistoryNoPhone, "Начислений пока нет. Привяжите телефон командой /phone, чтобы получать баллы за визиты.",
            "No bonuses yet. Link your phone with /phone to earn points for visits."),
        new(Book, "Записаться можно по ссылке:", "Book a visit here:"),
        new(BookButton, "Записаться", "Book"),
        new(NotConfigured, "Эта информация пока не указана.", "This information is not set yet."),
        new(Contacts, "Мы на карте: {map}\nТелефон поддержки: {phone}", "Find us on the map: {map}\nSupport phone: {phone}"),
        new(MapButton, "Открыть карту", "Open the map"),
        new(AdjustAskPhone, "Начисление или списание баллов. Введите номер телефона клиента:", "Accrue or deduct points. Enter the client's phone number:"),
        new(AdjustAskPoints,
            "Телефон {phone}. Сколько баллов? Положительное число — начислить, отрицательное — списать (например 100 или -50).",
            "Phone {phone}. How many points? A positive number accrues, a negative one deducts (for example 100 or -50)."),
        new(AdjustBadPoints,
            "Нужно целое число баллов, не ноль, например 100 или -50.",
            "Send a whole number of points, not zero, for example 100 or -50."),
        new(AdjustAskReason, "Укажите причину:", "Give the reason:"),
        new(AdjustBadReason, "Причина должна быть текстом до {max} символов.", "The reason must be text of at most {max} characters."),
        new(AdjustConfirm, "Телефон: {phone}\nБаллы: {delta}\nПричина: {reason}\nПодтвердить?", "Phone: {phone}\nPoints: {delta}\nReason: {reason}\nConfirm?"),
        new(ConfirmButton, "Подтвердить", "Confirm"),
        new(AdjustWorking, "Выполняю…", "Working…"),
        new(AdjustDoneLinked, "Готово: {phone} {delta} баллов. Баланс клиента: {balance}. Клиент уведомлён.",
            "Done: {phone} {delta} points. The client's balance: {balance}. The client was told."),
        new(AdjustDonePending,
            "Готово: {phone} {delta} баллов. Номер ещё не привязан: баллы ({balance}) будут зачислены, когда клиент привяжет телефон.",
            "Done: {phone} {delta} points. The number is not linked yet: the points ({balance}) will be credited when the client links the phone."),
        new(AdjustRefused, "Не выполнено: {reason}", "Not done: {reason}"),
        new(AdjustWait, "Подтвердите или отмените операцию кнопками выше.", "Confirm or cancel the operation with the buttons above."),
        new(Cancelled, "Действие отменено.", "Cancelled."),
        new(CommandPhone, "привязать телефон", "link your phone"),
        new(CommandHistory, "история начислений", "bonus history"),
        new(CommandBook, "записаться", "book a visit"),
        new(CommandContacts, "контакты", "contacts"),
        new(CommandAdjust, "начислить или списать баллы по телефону", "accrue or deduct points by phone"),
    ];
}
