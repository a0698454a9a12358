using Bot.Engine.Texts;

namespace Bot.Features.Wallet;

/// <summary>Every user-facing string of the wallet: Russian (seed 004's wording where it gives one) and English.</summary>
public static class WalletTexts
{
    public const string MenuButton = "wallet.menu_button";
    public const string Start = "wallet.start";
    public const string AskAmount = "wallet.ask_amount";
    public const string AmountNotANumber = "wallet.amount_not_a_number";
    public const string AmountNotPositive = "wallet.amount_not_positive";
    public const string AmountFraction = "wallet.amount_fraction";
    public const string AmountTooLarge = "wallet.amount_too_large";
    public const string Confirm = "wallet.confirm";
    public const string ConfirmButton = "wallet.confirm_button";
    public const string CancelButton = "wallet.cancel_button";
    public const string Creating = "wallet.creating";
    public const string CreatingWait = "wallet.creating_wait";
    public const string ConfirmWait = "wallet.confirm_wait";
    public const string InvoiceCreated = "wallet.invoice_created";
    public const string PayButton = "wallet.pay_button";
    public const string CheckButton = "wallet.check_button";
    public const string Checking = "wallet.checking";
    public const string WaitingPayment = "wallet.waiting_payment";
    public const string WaitingHint = "wallet.waiting_hint";
    public const string Paid = "wallet.paid";
    public const string Rejected = "wallet.rejected";
    public const string Expired = "wallet.expired";
    public const string UnknownStatus = "wallet.unknown_status";
    public const string Error = "wallet.error";
    public const string InvoiceClosed = "wallet.invoice_closed";
    public const string InvoiceDescription = "wallet.invoice_description";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(MenuButton, "Пополнить баланс", "Top up balance"),
        new(Start,
            "Привет, {name}\nЯ - бот для пополнения баланса.\nНажмите на кнопку, чтобы пополнить баланс",
            "Hello, {name}\nI am a bot for topping up your balance.\nPress the button to top up your balance"),
        new(AskAmount, "Введите сумму, на которую вы хотите пополнить баланс", "Enter the amount you want to top up your balance by"),
        new(AmountNotANumber,
            "Не удалось распознать сумму. Отправьте целое число рублей цифрами, например 500, или нажмите «Отмена».",
            "That is not an amount. Send a whole number of roubles in digits, for example 500, or press Cancel."),
        new(AmountNotPositive,
            "Сумма должна быть больше нуля. Отправьте целое число рублей, например 500, или нажмите «Отмена».",
            "The amount must be more than zero. Send a whole number of roubles, for example 500, or press Cancel."),
        new(AmountFraction,
            "Сумма должна быть целым числом рублей, без копеек. Отправьте, например, 500 или нажмите «Отмена».",
            "The amount must be whole roubles, without kopecks. Send, for example, 500 or press Cancel."),
        new(AmountTooLarge,
            "Максимальная сумма пополнения — {max} ₽. Отправьте целое число от 1 до {max} или нажмите «Отмена».",
            "The largest top-up is {max} RUB. Send a whole number from 1 to {max} or press Cancel."),
        new(Confirm, "Пополнить баланс на {amount} ₽?", "Top up your balance by {amount} RUB?"),
        new(ConfirmButton, "Подтвердить", "Confirm"),
        new(CancelButton, "Отмена", "Cancel"),
        new(Creating, "Создаю счёт…", "Creating the invoice…"),
        new(CreatingWait, "Создаю счёт, подождите немного.", "Creating the invoice, please wait a moment."),
        new(ConfirmWait, "Нажмите «Подтвердить» или «Отмена».", "Press Confirm or Cancel."),
        new(InvoiceCreated,
            "Счёт на {amount} ₽ создан. Оплатите его в течение {minutes} мин. по кнопке «Оплатить», затем нажмите «Проверить оплату».",
            "An invoice for {amount} RUB is ready. Pay it within {minutes} min. with the Pay button, then press Check payment."),
        new(PayButton, "Оплатить", "Pay"),
        new(CheckButton, "Проверить оплату", "Check payment"),
        new(Checking, "Проверяю оплату…", "Checking the payment…"),
        new(WaitingPayment, "Счёт ожидает оплаты.", "The invoice is waiting for payment."),
        new(WaitingHint,
            "Оплатите счёт по кнопке «Оплатить» и нажмите «Проверить оплату». Начать заново — «Отмена» или /start.",
            "Pay the invoice with the Pay button and press Check payment. To start over, press Cancel or send /start."),
        new(Paid, "Платёж на {amount} ₽ прошёл успешно. Ваш баланс: {balance} ₽.", "The payment of {amount} RUB went through. Your balance: {balance} RUB."),
        new(Rejected, "Платёж на {amount} ₽ не прошёл: счёт отклонён.", "The payment of {amount} RUB did not go through: the invoice was declined."),
        new(Expired, "Платёж на {amount} ₽ не прошёл: время оплаты счёта истекло.", "The payment of {amount} RUB did not go through: the invoice expired."),
        new(UnknownStatus,
            "Платёжная система сообщила неизвестный статус счёта ({status}). Продолжаю ждать оплату.",
            "The payment system reported an unknown invoice status ({status}). Still waiting for the payment."),
        new(Error, "Что-то пошло не так. Отчет отправлен в службу поддержки.", "Something went wrong. A report has been sent to support."),
        new(InvoiceClosed, "Этот счёт уже закрыт.", "This invoice is already closed."),
        new(InvoiceDescription, "Пополнение баланса в боте", "Bot balance top-up"),
    ];
}
