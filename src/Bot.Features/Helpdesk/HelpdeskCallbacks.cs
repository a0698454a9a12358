namespace Bot.Features.Helpdesk;

/// <summary>Callback data (at most 64 bytes): <c>hd:take:{orderId}</c>, <c>hd:done:{orderId}</c>,
/// <c>hd:rate:{orderId}:{1-5}</c>, <c>hd:role:{userId}:{role}</c>, <c>hd:tariff:{userId}:{tariffId}</c>, <c>hd:cancel</c>.
/// Order ids are 10 characters, user ids at most 20 digits, tariff ids at most 32 characters.</summary>
public static class HelpdeskCallbacks
{
    public const string TakePrefix = "hd:take:";
    public const string DonePrefix = "hd:done:";
    public const string RatePrefix = "hd:rate:";
    public const string RolePrefix = "hd:role:";
    public const string TariffPrefix = "hd:tariff:";
    public const string Cancel = "hd:cancel";

    public static string Take(string orderId) => TakePrefix + orderId;

    public static string Done(string orderId) => DonePrefix + orderId;

    public static string Rate(string orderId, int stars) => $"{RatePrefix}{orderId}:{stars}";

    public static string Role(long userId, string role) => $"{RolePrefix}{userId}:{role}";

    public static string TariffFor(long userId, string tariffId) => $"{TariffPrefix}{userId}:{tariffId}";

    /// <summary>What follows the prefix, or null.</summary>
    public static string? After(string? data, string prefix) =>
        data is not null && data.StartsWith(prefix, StringComparison.Ordinal) && data.Length > prefix.Length ? data[prefix.Length..] : null;

    /// <summary>Splits "{a}:{b}" after a prefix.</summary>
    public static (string First, string Second)? Pair(string? data, string prefix)
    {
        var rest = After(data, prefix);
        var colon = rest?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && colon < rest!.Length - 1 ? (rest[..colon], rest[(colon + 1)..]) : null;
    }
}
