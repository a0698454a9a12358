namespace Bot.Features.Coaching;

/// <summary>Payload of <see cref="CoachingCommands.Remind"/> (<see cref="Number"/>: the n-th reminder) and
/// <see cref="CoachingCommands.Day"/> (<see cref="Number"/>: the 0-based day to start).</summary>
public sealed record CoachingTimer(long Seq, int Number);
