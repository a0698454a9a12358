namespace Bot.Emulator.BotApi;

/// <summary>A set of Bot API methods that registers itself in the method table.</summary>
internal interface IBotApiMethodGroup
{
    void AddTo(IDictionary<string, BotApiHandler> methods);
}
