namespace Bot.Engine.Records;

/// <summary>What a decision on a shared record does: write <see cref="Record"/> (when <see cref="Writes"/>)
/// and report <see cref="Outcome"/>, which is what the users concerned are told.</summary>
public sealed record Change<TRecord, TOutcome>(bool Writes, TRecord? Record, TOutcome Outcome)
    where TRecord : class
{
    /// <summary>Writes the record (conditionally on what was read) and reports the outcome.</summary>
    public static Change<TRecord, TOutcome> Write(TRecord record, TOutcome outcome) => new(true, record, outcome);

    /// <summary>Leaves the record as it is (a refusal) and reports the outcome.</summary>
    public static Change<TRecord, TOutcome> Keep(TOutcome outcome) => new(false, null, outcome);
}
