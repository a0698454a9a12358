namespace Bot.Emulator.BotApi;

/// <summary>
/// Telegram-like flood control over a sliding one-second window of real time: a global limit and a
/// per-chat limit, each off when null or zero.
/// </summary>
internal sealed class RateLimiter(TimeProvider wallClock)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _sync = new();
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];
    private int? _globalPerSecond;
    private int? _perChatPerSecond;

    public (int? GlobalPerSecond, int? PerChatPerSecond) Limits
    {
        get
        {
            lock (_sync)
            {
                return (_globalPerSecond, _perChatPerSecond);
            }
        }
    }

    public void SetLimits(int? globalPerSecond, int? perChatPerSecond)
    {
        lock (_sync)
        {
            _globalPerSecond = globalPerSecond > 0 ? globalPerSecond : null;
            _perChatPerSecond = perChatPerSecond > 0 ? perChatPerSecond : null;
            _global.Clear();
            _perChat.Clear();
        }
    }

    /// <summary>Counts one send, or answers how many whole seconds (at least one) to wait.</summary>
    public bool TryAcquire(long? chatId, out int retryAfter)
    {
        lock (_sync)
        {
            var now = wallClock.GetUtcNow();
            retryAfter = 0;
            Queue<DateTimeOffset>? chatWindow = null;
            if (_globalPerSecond is { } global && IsFull(_global, global, now, ref retryAfter))
            {
                return false;
            }

            if (_perChatPerSecond is { } perChat && chatId is { } chat)
            {
                if (!_perChat.TryGetValue(chat, out chatWindow))
                {
                    chatWindow = new Queue<DateTimeOffset>();
                    _perChat.Add(chat, chatWindow);
                }

                if (IsFull(chatWindow, perChat, now, ref retryAfter))
                {
                    return false;
                }
            }

            if (_globalPerSecond is not null)
            {
                _global.Enqueue(now);
            }

            chatWindow?.Enqueue(now);
            return true;
        }
    }

    private static bool IsFull(Queue<DateTimeOffset> window, int limit, DateTimeOffset now, ref int retryAfter)
    {
        while (window.Count > 0 && now - window.Peek() >= Window)
        {
            window.Dequeue();
        }

        if (window.Count < limit)
        {
            return false;
        }

        var wait = window.Peek() + Window - now;
        retryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return true;
    }
}
