using System.Globalization;

namespace Bot.Features.Loyalty.YClients;

/// <summary>
/// Filters of <c>GET /records/{company_id}</c>. <see cref="ChangedAfter"/> is sent as
/// <c>YYYY-MM-DDTHH:mm:ss</c> in its own offset: pass a record's <c>last_change_date</c> (which carries
/// the company's offset) and YCLIENTS reads it in the company's time, as it writes it.
/// </summary>
public sealed record YClientsRecordQuery(DateTimeOffset? ChangedAfter = null, DateOnly? StartDate = null, DateOnly? EndDate = null)
{
    public const string ChangedAfterFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>The query string for a page (without the leading <c>?</c>).</summary>
    public string ToQueryString(int page, int count)
    {
        var parts = new List<string>
        {
            "page=" + page.ToString(CultureInfo.InvariantCulture),
            "count=" + count.ToString(CultureInfo.InvariantCulture),
        };
        if (ChangedAfter is { } changed)
        {
            parts.Add("changed_after=" + Uri.EscapeDataString(changed.ToString(ChangedAfterFormat, CultureInfo.InvariantCulture)));
        }

        if (StartDate is { } start)
        {
            parts.Add("start_date=" + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (EndDate is { } end)
        {
            parts.Add("end_date=" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }
}
