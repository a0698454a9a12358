using Bot.Engine.Inbox;

namespace Bot.Engine.Effects;

public sealed record ScheduleCommand(DateTimeOffset At, long UserId, InternalCommand Command);
