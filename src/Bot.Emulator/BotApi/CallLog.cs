namespace Bot.Emulator.BotApi;

/// <summary>Every Bot API call the bot made, oldest first.</summary>
internal sealed class CallLog
{
    private readonly Lock _sync = new();
    private readonly List<CallRecord> _calls = [];

    public void Add(CallRecord call)
    {
        lock (_sync)
        {
            _calls.Add(call);
        }
    }

    public IReadOnlyList<CallRecord> Snapshot()
    {
        lock (_sync)
        {
            return [.. _calls];
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _calls.Clear();
        }
    }
}
