namespace Bot.Emulator.BotApi;

/// <summary>One Bot API call, as <c>GET /emulator/calls</c> lists it.</summary>
internal sealed record CallRecord(DateTimeOffset At, string Method, long? ChatId, bool Ok, int? ErrorCode);
