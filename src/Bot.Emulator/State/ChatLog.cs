namespace Bot.Emulator.State;

/// <summary>The private chat between the bot and one user. Guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class ChatLog(EmulatedUser user)
{
    private long _lastMessageId;

    public EmulatedUser User { get; } = user;

    public List<StoredMessage> Messages { get; } = [];

    /// <summary>Telegram's <c>chat_instance</c> of callback queries from this chat.</summary>
    public string ChatInstance { get; } = Random.Shared.NextInt64(1_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public StoredMessage Add(bool fromBot, MessageKind kind, DateTimeOffset date)
    {
        var message = new StoredMessage(++_lastMessageId, fromBot, kind, date);
        Messages.Add(message);
        return message;
    }

    public StoredMessage? Find(long messageId) =>
        Messages.Find(m => m.MessageId == messageId && !m.Deleted);
}
