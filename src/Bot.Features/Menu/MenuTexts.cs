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

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(StartWelcome, "Привет, {name}!\nВыберите, что вас интересует:", "Hello, {name}!\nChoose what you need:"),
        new(MainMenu, "Главное меню:", "Main menu:"),
        new(Help,
            "Я помогаю с тем, что есть в меню.\n/start — начать заново\n/menu — открыть меню\n/cancel — отменить текущее действие\n/help — эта подсказка",
            "I help with what is in the menu.\n/start — start over\n/menu — open the menu\n/cancel — cancel what you are doing\n/help — this help"),
        new(Cancelled, "Действие отменено.", "Cancelled."),
        new(Unknown, "Я не понял сообщение. Нажмите кнопку в меню или отправьте /help.", "I did not understand that. Press a menu button or send /help."),
        new(UnknownCommand, "Неизвестная команда. Отправьте /help, чтобы увидеть список команд.", "Unknown command. Send /help to see the commands."),
        new(NothingEnabled, "Бот пока ничего не умеет: ни один раздел не включён.", "The bot has nothing switched on yet."),
        new(StaleButton, "Эта кнопка больше не активна.", "This button is no longer active."),
        new(Paused, "Программа на паузе. Отправьте /start, чтобы продолжить.", "The program is paused. Send /start to continue."),
    ];
}
