namespace Bot.Features.Coaching;

/// <summary>Payload of <see cref="RecordParticipantEffect"/>: the participant as of this commit, and the
/// answer it recorded, if any.</summary>
public sealed record ParticipantUpdate(ParticipantRecord Participant, ParticipantAnswer? Answer);
