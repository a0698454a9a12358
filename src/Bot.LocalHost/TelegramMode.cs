namespace Bot.LocalHost;

/// <summary>Where the local host's Telegram traffic goes (<c>Telegram:Mode</c>).</summary>
public enum TelegramMode
{
    /// <summary>The emulator mapped in this host; the webhook points back at this host.</summary>
    Emulator,

    /// <summary>Long polling with <c>Telegram:BotToken</c> (real Telegram, or whatever <c>Telegram:BaseUrl</c> names).</summary>
    Polling,
}
