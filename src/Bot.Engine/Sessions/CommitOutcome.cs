namespace Bot.Engine.Sessions;

public enum CommitOutcome
{
    Committed,

    /// <summary>Someone else changed the session first (412, or 409 on a new user's row): re-read and re-run.</summary>
    Conflict,

    /// <summary>A ledger row with one of the postings' keys exists: this change was applied before.</summary>
    DuplicatePosting,
}
