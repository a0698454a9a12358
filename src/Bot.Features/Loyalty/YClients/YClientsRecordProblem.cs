namespace Bot.Features.Loyalty.YClients;

/// <summary>A record in an answer that could not be read (no id, a cost that is not a number…): reported,
/// not dropped silently, and not allowed to stop the rest of the page. <see cref="Raw"/> is the record's JSON as
/// YCLIENTS sent it (kept by the sync as a problem until it reads or an admin dismisses it).</summary>
public sealed record YClientsRecordProblem(int Index, long? RecordId, string Reason, string Raw = "");
