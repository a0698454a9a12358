using System.Text.Json.Serialization;

namespace Bot.Benchmarks.Load;

/// <summary>One entry of <c>GET /emulator/calls</c>.</summary>
internal sealed record BotApiCall(
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("chatId")] long? ChatId,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("errorCode")] int? ErrorCode);
