namespace Bot.Emulator.BotApi;

/// <summary>An error answer of the Bot API: <c>{"ok":false,"error_code":N,"description":"..."}</c>.</summary>
internal sealed class BotApiException(int errorCode, string description, int? retryAfter = null)
    : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    public int? RetryAfter { get; } = retryAfter;

    public static BotApiException BadRequest(string reason) => new(400, "Bad Request: " + reason);
}
