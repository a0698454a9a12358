using Bot.Engine.Inbox;

namespace Bot.Engine.Effects;

public sealed record EnqueueCommand(long UserId, InternalCommand Command, TimeSpan? Delay);
