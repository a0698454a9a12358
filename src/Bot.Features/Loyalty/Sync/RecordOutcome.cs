namespace Bot.Features.Loyalty.Sync;

/// <summary>What recording one paid visit did: whether its bonus row is new, and the user it was sent to (if any).</summary>
public sealed record RecordOutcome(bool New, long? SentTo);
