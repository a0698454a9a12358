namespace Bot.Features.Coaching;

/// <summary>A trainer's /participants: at most <see cref="Max"/> listed.</summary>
public sealed record ParticipantsQuery(int Max);
