namespace Bot.Features.Loyalty.YClients;

/// <summary>YCLIENTS' records API (<c>GET {base}/records/{company_id}</c>, <c>GET {base}/record/{company_id}/{record_id}</c>). Failures throw <see cref="YClientsException"/>.</summary>
public interface IYClientsClient
{
    /// <summary>One page (1-based) of records matching <paramref name="query"/>, <c>PageSize</c> records a page.</summary>
    Task<YClientsRecordPage> GetRecordsPageAsync(YClientsRecordQuery query, int page, CancellationToken ct);

    /// <summary>Every page of records matching <paramref name="query"/>, from page 1 until a page is not full
    /// or <c>total_count</c> is covered. A failure mid-way throws after the pages already yielded.</summary>
    IAsyncEnumerable<YClientsRecordPage> GetRecordsAsync(YClientsRecordQuery query, CancellationToken ct);

    /// <summary>One record, <c>GET {base}/record/{company_id}/{record_id}</c>, as a page of one: the record in
    /// <c>Records</c>, or why it cannot be read in <c>Problems</c>. An unknown id throws (status 404).</summary>
    Task<YClientsRecordPage> GetRecordAsync(long recordId, CancellationToken ct);
}
