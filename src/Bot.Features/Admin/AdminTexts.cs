using Bot.Engine.Texts;

namespace Bot.Features.Admin;

public static class AdminTexts
{
    public const string Info = "admin.info";
    public const string NotConfigured = "admin.not_configured";
    public const string BalanceChanged = "admin.balance_changed";
    public const string CommandAdmin = "admin.command_admin";

    public static IEnumerable<TextDefinition> All { get; } =
    [
        new(CommandAdmin, "Как попасть в админ-панель", "How to reach the admin panel"),
        new(Info,
            "Админ-панель — HTTP API бота, ключ функции в заголовке x-functions-key:\n{url}\n\n" +
            "GET {url}/users?format=csv|json — пользователи и балансы\n" +
            "POST {url}/users/{userId}/balance — изменить баланс: {\"currency\":\"RUB\",\"delta\":100,\"reason\":\"...\"}\n" +
            "POST {url}/users/{userId}/block и /unblock — заблокировать и разблокировать\n" +
            "GET {url}/logs?from=ГГГГ-ММ-ДД&to=ГГГГ-ММ-ДД&format=csv|jsonl — журнал событий",
            "The admin panel is the bot's HTTP API, with the function key in the x-functions-key header:\n{url}\n\n" +
            "GET {url}/users?format=csv|json — users and balances\n" +
            "POST {url}/users/{userId}/balance — change a balance: {\"currency\":\"RUB\",\"delta\":100,\"reason\":\"...\"}\n" +
            "POST {url}/users/{userId}/block and /unblock — block and unblock\n" +
            "GET {url}/logs?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|jsonl — the audit log"),
        new(NotConfigured,
            "Адрес админ-панели не настроен (параметр Bot:AdminPanelUrl).",
            "The admin panel's address is not configured (setting Bot:AdminPanelUrl)."),
        new(BalanceChanged,
            "Администратор изменил ваш баланс: {delta} {currency}. Причина: {reason}\nБаланс: {balance} {currency}.",
            "An administrator changed your balance: {delta} {currency}. Reason: {reason}\nBalance: {balance} {currency}."),
    ];
}
