namespace Bot.Features.Loyalty.YClients;

/// <summary>A record in an answer that could not be read (no id, a cost that is not a number…): reported,
/// not dropped silently, and not allowed to stop the rest of the page.</summary>
public sealed record YClientsRecordProblem(int Index, long? RecordId, string Reason);
