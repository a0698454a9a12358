namespace Bot.Features.Loyalty.YClients;

/// <summary>One page of <c>GET /records/{company_id}</c>: its records, the ones that could not be read,
/// and <c>meta.total_count</c> (all records matching the query, over all pages).</summary>
public sealed record YClientsRecordPage(int Page, int Count, int TotalCount, IReadOnlyList<YClientsRecord> Records, IReadOnlyList<YClientsRecordProblem> Problems)
{
    /// <summary>True when a next page may hold records: this page was full and the total is not yet covered.</summary>
    public bool HasMore => Records.Count + Problems.Count >= Count && (long)Page * Count < TotalCount;
}
