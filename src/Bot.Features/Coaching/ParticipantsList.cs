namespace Bot.Features.Coaching;

/// <summary>What <see cref="ParticipantsLookup"/> found: how many in all, and the first ones.</summary>
public sealed record ParticipantsList(int Total, IReadOnlyList<ParticipantRecord> Participants);
