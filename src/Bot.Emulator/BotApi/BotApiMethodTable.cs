namespace Bot.Emulator.BotApi;

/// <summary>Every Bot API method the emulator answers, looked up case-insensitively as Telegram does.</summary>
internal sealed class BotApiMethodTable
{
    /// <summary>Methods that send or change messages: the ones flood control counts.</summary>
    private static readonly HashSet<string> Sending = new(StringComparer.OrdinalIgnoreCase)
    {
        "sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
    };

    private readonly Dictionary<string, BotApiHandler> _methods = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _canonicalNames = new(StringComparer.OrdinalIgnoreCase);

    public BotApiMethodTable(IEnumerable<IBotApiMethodGroup> groups)
    {
        foreach (var group in groups)
        {
            group.AddTo(_methods);
        }

        foreach (var name in _methods.Keys)
        {
            _canonicalNames[name] = name;
        }
    }

    public bool TryGet(string method, out string canonicalName, out BotApiHandler handler)
    {
        canonicalName = _canonicalNames.GetValueOrDefault(method, method);
        return _methods.TryGetValue(method, out handler!);
    }

    public static bool IsSending(string method) => Sending.Contains(method);
}
