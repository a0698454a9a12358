namespace Bot.Engine.Records;

/// <summary>The outcome of a change. <see cref="Repeated"/>: this effect key was decided before (a redelivery)
/// and <see cref="Outcome"/> is that earlier decision, the record untouched now.</summary>
public sealed record SharedOutcome<TOutcome>(TOutcome Outcome, bool Repeated);
