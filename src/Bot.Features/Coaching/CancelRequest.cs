namespace Bot.Features.Coaching;

/// <summary>Payload of <see cref="CoachingCommands.Cancel"/>: who cancelled.</summary>
public sealed record CancelRequest(long By);
