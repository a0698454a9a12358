using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Features.Loyalty.YClients;

/// <summary>
/// YCLIENTS' REST API v1 records list: <c>GET {BaseUrl}/records/{CompanyId}?page=&amp;count=&amp;changed_after=</c>
/// with <c>Authorization: Bearer {PartnerToken}, User {UserToken}</c> and
/// <c>Accept: application/vnd.yclients.v2+json</c>. The HTTP client comes from
/// <see cref="IHttpClientFactory"/> with the standard resilience handler (retries on 5xx, 408, 429 and
/// timeouts) and, inside it, <see cref="YClientsRateLimitHandler"/> pacing every attempt.
/// </summary>
public sealed class YClientsClient(IHttpClientFactory clients, IOptions<LoyaltyOptions> options, ILogger<YClientsClient> logger) : IYClientsClient
{
    public const string HttpClientName = "yclients";
    public const string AcceptMediaType = "application/vnd.yclients.v2+json";

    private YClientsOptions Settings => options.Value.YClients;

    public async Task<YClientsRecordPage> GetRecordsPageAsync(YClientsRecordQuery query, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var count = Math.Clamp(Settings.PageSize, 1, 1000);
        var url = RecordsUrl() + "?" + query.ToQueryString(page, count);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Settings.PartnerToken}, User {Settings.UserToken}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(AcceptMediaType));
        var body = await SendAsync(request, ct);
        var result = YClientsJson.ParseRecordsAnswer(body, page, count);
        logger.LogDebug("YCLIENTS records page {Page}: {Records} records, {Problems} unreadable, {Total} in all", page, result.Records.Count, result.Problems.Count, result.TotalCount);
        return result;
    }

    public async IAsyncEnumerable<YClientsRecordPage> GetRecordsAsync(YClientsRecordQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var result = await GetRecordsPageAsync(query, page, ct);
            yield return result;
            if (!result.HasMore)
            {
                yield break;
            }
        }
    }

    public async Task<YClientsRecordPage> GetRecordAsync(long recordId, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recordId, 1);
        var url = CompanyUrl("/record/") + "/" + recordId.ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Settings.PartnerToken}, User {Settings.UserToken}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(AcceptMediaType));
        return YClientsJson.ParseRecordAnswer(await SendAsync(request, ct), recordId);
    }

    private string RecordsUrl() => CompanyUrl("/records/");

    private string CompanyUrl(string resource)
    {
        if (string.IsNullOrWhiteSpace(Settings.BaseUrl))
        {
            throw new YClientsException("Loyalty:YClients:BaseUrl is not set.");
        }

        if (string.IsNullOrWhiteSpace(Settings.CompanyId))
        {
            throw new YClientsException("Loyalty:YClients:CompanyId is not set.");
        }

        if (string.IsNullOrWhiteSpace(Settings.PartnerToken) || string.IsNullOrWhiteSpace(Settings.UserToken))
        {
            throw new YClientsException("Loyalty:YClients:PartnerToken and Loyalty:YClients:UserToken must both be set.");
        }

        return Settings.BaseUrl.TrimEnd('/') + resource + Uri.EscapeDataString(Settings.CompanyId.Trim());
    }

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var message = YClientsJson.ErrorMessage(text);
                throw new YClientsException(
                    string.Create(CultureInfo.InvariantCulture, $"YCLIENTS answered {status}: {message ?? response.ReasonPhrase ?? "no message"}"), status, message);
            }

            return text;
        }
        catch (HttpRequestException ex)
        {
            throw new YClientsException("YCLIENTS could not be reached: " + ex.Message, (int?)ex.StatusCode, null, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new YClientsException("YCLIENTS did not answer in time.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new YClientsException("YCLIENTS is failing; calls are paused.", ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new YClientsException("YCLIENTS did not answer in time.", ex);
        }
    }
}
