using Bot.Features.Menu;

namespace Bot.LocalHost.Tests.Support;

/// <summary>The core menu's real texts (src/Bot.Features/Menu/MenuTexts.cs), so tests follow their wording.</summary>
public static class MenuText
{
    public static string Ru(string key) => MenuTexts.All.Single(t => t.Key == key).Ru;

    public static string En(string key) => MenuTexts.All.Single(t => t.Key == key).En;

    /// <summary>/help as a user without a role gets it: the menu's commands (no flow here adds any).</summary>
    public static string HelpRu { get; } = Ru(MenuTexts.Help).Replace("{commands}",
        "/start — Начать заново\n/menu — Открыть меню\n/help — Помощь: список команд\n/cancel — Отменить текущее действие\n/balance — Баланс и последние операции",
        StringComparison.Ordinal);

    public static string HelpEn { get; } = En(MenuTexts.Help).Replace("{commands}",
        "/start — Start over\n/menu — Open the menu\n/help — Help: the commands\n/cancel — Cancel what you are doing\n/balance — Balance and latest entries",
        StringComparison.Ordinal);
}
