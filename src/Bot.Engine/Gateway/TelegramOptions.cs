namespace Bot.Engine.Gateway;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string BotToken { get; set; } = "";

    /// <summary>The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Webhook (Azure), Emulator (local default) or Polling (local, real Telegram).</summary>
    public string Mode { get; set; } = "Webhook";

    /// <summary>Bot API base URL; empty means Telegram's own.</summary>
    public string? BaseUrl { get; set; }

    public string? WebhookUrl { get; set; }

    /// <summary>Largest webhook body accepted; Telegram updates are a few KiB, a queue message holds 64 KiB of Base64.</summary>
    public int MaxUpdateBytes { get; set; } = 40_000;
}
