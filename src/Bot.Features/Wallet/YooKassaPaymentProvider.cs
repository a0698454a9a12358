using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Features.Wallet;

/// <summary>YooKassa's REST API v3: <c>POST /payments</c> with an <c>Idempotence-Key</c> and
/// <c>GET /payments/{id}</c>, Basic authentication with the shop id and secret key. The HTTP client
/// comes from <see cref="IHttpClientFactory"/> with the standard resilience handler (retries on 5xx,
/// 408, 429 and timeouts; a retried create carries the same key, so it creates one payment).</summary>
public sealed class YooKassaPaymentProvider(IHttpClientFactory clients, IOptions<WalletOptions> options) : IPaymentProvider
{
    public const string HttpClientName = "yookassa";
    public const string IdempotenceHeader = "Idempotence-Key";

    private YooKassaOptions Settings => options.Value.YooKassa;

    public async Task<ProviderPayment> CreateAsync(NewPayment payment, string idempotenceKey, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["amount"] = new JsonObject
            {
                ["value"] = payment.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                ["currency"] = "RUB",
            },
            ["capture"] = true,
            ["confirmation"] = string.IsNullOrWhiteSpace(Settings.ReturnUrl)
                ? new JsonObject { ["type"] = "redirect" }
                : new JsonObject { ["type"] = "redirect", ["return_url"] = Settings.ReturnUrl },
            ["description"] = payment.Description.Length > 128 ? payment.Description[..128] : payment.Description,
            ["metadata"] = new JsonObject { ["userId"] = payment.UserId.ToString(CultureInfo.InvariantCulture) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, Url("payments"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdempotenceHeader, idempotenceKey);
        return await SendAsync(request, ct);
    }

    public async Task<ProviderPayment> GetAsync(string paymentId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("payments/" + Uri.EscapeDataString(paymentId)));
        return await SendAsync(request, ct);
    }

    /// <summary>YooKassa's statuses: pending and waiting_for_capture wait, succeeded is paid, canceled
    /// is rejected; anything else is unknown.</summary>
    public static PaymentState Map(string? status) => status switch
    {
        "pending" or "waiting_for_capture" => PaymentState.Waiting,
        "succeeded" => PaymentState.Paid,
        "canceled" => PaymentState.Rejected,
        _ => PaymentState.Unknown,
    };

    /// <summary>Reads a payment object of YooKassa's API.</summary>
    public static ProviderPayment Parse(JsonNode json)
    {
        var id = json["id"]?.GetValue<string>() ?? throw new PaymentProviderException("The provider's answer has no payment id.");
        var status = json["status"]?.GetValue<string>() ?? "";
        decimal? amount = json["amount"]?["value"] is JsonValue v
            && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
        var url = json["confirmation"]?["confirmation_url"]?.GetValue<string>();
        long? userId = json["metadata"]?["userId"] is JsonValue u
            && long.TryParse(u.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var uid) ? uid : null;
        return new ProviderPayment(id, Map(status), status, amount, url, userId);
    }

    private Uri Url(string path)
    {
        if (string.IsNullOrWhiteSpace(Settings.BaseUrl))
        {
            throw new PaymentProviderException("Wallet:YooKassa:BaseUrl is not set.");
        }

        return new Uri(Settings.BaseUrl.TrimEnd('/') + "/" + path);
    }

    private async Task<ProviderPayment> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Settings.ShopId}:{Settings.SecretKey}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw Error((int)response.StatusCode, text);
            }

            var json = JsonNode.Parse(text) ?? throw new PaymentProviderException("The provider answered an empty body.");
            return Parse(json);
        }
        catch (HttpRequestException ex)
        {
            throw new PaymentProviderException("The provider could not be reached: " + ex.Message, (int?)ex.StatusCode, null, ex);
        }
        catch (JsonException ex)
        {
            throw new PaymentProviderException("The provider's answer is not JSON: " + ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new PaymentProviderException("The provider's answer is not a payment: " + ex.Message, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new PaymentProviderException("The provider did not answer in time.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new PaymentProviderException("The provider is failing; calls are paused.", ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new PaymentProviderException("The provider did not answer in time.", ex);
        }
    }

    /// <summary>YooKassa's error object: <c>{"type":"error","id","code","description","parameter"}</c>.</summary>
    private static PaymentProviderException Error(int status, string body)
    {
        string? code = null;
        string? description = null;
        try
        {
            var json = JsonNode.Parse(body);
            code = json?["code"]?.GetValue<string>();
            description = json?["description"]?.GetValue<string>();
            if (json?["parameter"]?.GetValue<string>() is { } parameter)
            {
                description += $" (parameter {parameter})";
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not YooKassa's error JSON (a proxy's page): the status says enough.
        }

        return new PaymentProviderException($"The provider answered {status}: {code ?? "no code"} {description}".TrimEnd(), status, code);
    }
}
