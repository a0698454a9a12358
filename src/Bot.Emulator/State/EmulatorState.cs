using System.Text.Json.Nodes;

namespace Bot.Emulator.State;

/// <summary>
/// Users, chats, callback queries and the command menu. Every member must be used under
/// <see cref="Sync"/>; the update hub is only entered from inside it (never the reverse), so message
/// ids and update ids grow in the same order.
/// </summary>
internal sealed class EmulatorState
{
    private readonly Dictionary<long, ChatLog> _chats = [];
    private readonly HashSet<string> _openCallbackQueries = [];
    private readonly Dictionary<string, JsonArray> _commands = [];

    public Lock Sync { get; } = new();

    public IEnumerable<ChatLog> Chats => _chats.Values;

    public ChatLog? FindChat(long userId) => _chats.GetValueOrDefault(userId);

    public ChatLog? FindChatByUsername(string username) =>
        _chats.Values.FirstOrDefault(c => string.Equals(c.User.Username, username, StringComparison.OrdinalIgnoreCase));

    public ChatLog GetOrAddChat(long userId, Func<EmulatedUser> create)
    {
        if (!_chats.TryGetValue(userId, out var chat))
        {
            chat = new ChatLog(create());
            _chats.Add(userId, chat);
        }

        return chat;
    }

    public string OpenCallbackQuery()
    {
        var id = Random.Shared.NextInt64(1_000_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _openCallbackQueries.Add(id);
        return id;
    }

    public bool AnswerCallbackQuery(string id) => _openCallbackQueries.Remove(id);

    public void SetCommands(string scopeKey, JsonArray commands) => _commands[scopeKey] = commands;

    public bool DeleteCommands(string scopeKey) => _commands.Remove(scopeKey);

    public JsonArray GetCommands(string scopeKey) =>
        _commands.TryGetValue(scopeKey, out var commands) ? (JsonArray)commands.DeepClone() : [];
}
