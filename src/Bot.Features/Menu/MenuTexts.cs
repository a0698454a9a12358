using Bot.Engine.Texts;

namespace Bot.Features.Menu;

public static class MenuTexts
{
    public const string StartWelcome = "start_welcome";
    public const string MainMenu = "main_menu";
    public const string Help = "menu.help";
    public const string Cancelled = "menu.cancelled";
    public const string Unknown = "menu.unknown";
    public const string UnknownCommand = "menu.unknown_command";
    public const string NothingEnabled = "menu.nothing_enabled";
    public const string StaleButton = "menu.stale_button";
    public const string Paused = "menu.paused";
    public const string Balance = "menu.balance";
    public const string BalanceEmpty = "menu.balance_empty";
    public const string NoEntries = "menu.no_entries";
    public const string Rub = "menu.currency_rub";
    public const string Points = "menu.currency_points";
    public const string CommandStart = "menu.command_start";
    public const string CommandMenu = "menu.command_menu";
    public const string CommandHelp = "menu.command_help";
    public const string CommandCancel = "menu.command_cancel";
    public const string CommandBalance = "menu.command_balance";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(StartWelcome, "Привет, {name}!\nВыберите, что вас интересует:", "Hello, {name}!\nChoose what you need:"),
        new(MainMenu, "Главное меню:", "Main menu:"),
        new(Help, "Я помогаю с тем, что есть в меню. Команды:\n{commands}", "I help with what is in the menu. Commands:\n{commands}"),
        new(Cancelled, "Действие отменено.", "Cancelled."),
        new(Unknown, "Я не понял сообщение. Нажмите кнопку в меню или отправьте /help.", "I did not understand that. Press a menu button or send /help."),
        new(UnknownCommand, "Неизвестная команда. Отправьте /help, чтобы увидеть список команд.", "Unknown command. Send /help to see the commands."),
        new(NothingEnabled, "Бот пока ничего не умеет: ни один раздел не включён.", "The bot has nothing switched on yet."),
        new(StaleButton, "Эта кнопка больше не активна.", "This button is no longer active."),
        new(Paused, "Программа на паузе. Отправьте /start, чтобы продолжить.", "The program is paused. Send /start to continue."),
        new(Balance, "Ваш баланс:\n{balances}\n\nПоследние операции:\n{entries}", "Your balance:\n{balances}\n\nLatest entries:\n{entries}"),
        new(BalanceEmpty, "пока ничего нет", "nothing yet"),
        new(NoEntries, "операций пока не было", "no entries yet"),
        new(Rub, "₽", "RUB"),
        new(Points, "баллов", "points"),
        new(CommandStart, "Начать заново", "Start over"),
        new(CommandMenu, "Открыть меню", "Open the menu"),
        new(CommandHelp, "Помощь: список команд", "Help: the commands"),
        new(CommandCancel, "Отменить текущее действие", "Cancel what you are doing"),
        new(CommandBalance, "Баланс и последние операции", "Balance and latest entries"),
    ];
}
