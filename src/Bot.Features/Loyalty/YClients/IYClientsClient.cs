namespace Bot.Features.Loyalty.YClients;

/// <summary>YCLIENTS' records API (<c>GET {base}/records/{company_id}</c>). Failures throw <see cref="YClientsException"/>.</summary>
public interface IYClientsClient
{
    /// <summary>One page (1-based) of records matching <paramref name="query"/>, <c>PageSize</c> records a page.</summary>
    Task<YClientsRecordPage> GetRecordsPageAsync(YClientsRecordQuery query, int page, CancellationToken ct);

    /// <summary>Every page of records matching <paramref name="query"/>, from page 1 until a page is not full
    /// or <c>total_count</c> is covered. A failure mid-way throws after the pages already yielded.</summary>
    IAsyncEnumerable<YClientsRecordPage> GetRecordsAsync(YClientsRecordQuery query, CancellationToken ct);
}
