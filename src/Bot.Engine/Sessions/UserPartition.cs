namespace Bot.Engine.Sessions;

/// <summary>Row keys inside one user's partition. The session row and its outbox rows are adjacent
/// ("s", "s|o|…") so that one range query reads both; ledger rows ("l|…") sit apart.</summary>
public static class UserPartition
{
    public const string SessionKey = "s";
    public const string OutboxPrefix = "s|o|";
    public const string LedgerPrefix = "l|";

    /// <summary>Upper bound of the session + outbox range ("t" sorts after every "s…" key).</summary>
    public const string RangeEnd = "t";

    public static string PartitionKey(long userId) => userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string OutboxKey(long seq, int index) => $"{OutboxPrefix}{seq:D12}|{index:D3}";

    public static string LedgerKey(string postingKey) => LedgerPrefix + SafeKey(postingKey);

    /// <summary>Table keys may not hold / \ # ? or control characters.</summary>
    public static string SafeKey(string key)
    {
        var chars = key.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '/' or '\\' or '#' or '?' || char.IsControl(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
