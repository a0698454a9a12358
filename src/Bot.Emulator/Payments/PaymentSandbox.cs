using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Payments;

/// <summary>
/// The payment provider's side: payments created through the YooKassa-compatible API, paid or
/// declined by a person (the sandbox page) or a script, and an outage switch.
/// </summary>
internal sealed class PaymentSandbox(VirtualClock clock)
{
    private static readonly HashSet<string> DeclineReasons =
    [
        "3d_secure_failed", "call_issuer", "card_expired", "country_forbidden", "expired_on_confirmation",
        "fraud_suspected", "general_decline", "identification_required", "insufficient_funds",
        "invalid_card_number", "invalid_csc", "issuer_unavailable", "payment_method_limit_exceeded",
        "payment_method_restricted", "permission_revoked",
    ];

    private readonly Lock _sync = new();
    private readonly Dictionary<string, SandboxPayment> _payments = [];
    private readonly Dictionary<string, (JsonObject Request, string PaymentId)> _idempotence = [];

    /// <summary>When set, every YooKassa API call answers this HTTP status.</summary>
    public int? OutageStatusCode { get; set; }

    /// <summary>Creates a payment, or returns the one this idempotence key already created with the same request.</summary>
    public JsonObject Create(string shopId, string idempotenceKey, JsonObject request, string publicBaseUrl)
    {
        var amount = ValidateAmount(request);
        if (request["confirmation"] is { } confirmation && confirmation["type"]?.ToString() is not "redirect")
        {
            throw PaymentApiException.InvalidRequest("The sandbox supports confirmation.type \"redirect\" only", "confirmation.type");
        }

        if (request["metadata"] is { } metadata and not JsonObject)
        {
            throw PaymentApiException.InvalidRequest("metadata must be an object", "metadata");
        }

        lock (_sync)
        {
            if (_idempotence.TryGetValue(idempotenceKey, out var earlier))
            {
                return JsonNode.DeepEquals(earlier.Request, request)
                    ? _payments[earlier.PaymentId].ToJson()
                    : throw PaymentApiException.InvalidRequest(
                        "Idempotence key duplicated with another request. Use a new Idempotence-Key for a new request", "Idempotence-Key");
            }

            var stored = (JsonObject)request.DeepClone();
            stored["amount"] = amount;
            var id = Guid.NewGuid().ToString();
            var payment = new SandboxPayment(id, shopId, stored, $"{publicBaseUrl.TrimEnd('/')}/emulator/payments/{id}", clock.GetUtcNow());
            _payments.Add(id, payment);
            _idempotence.Add(idempotenceKey, ((JsonObject)request.DeepClone(), id));
            return payment.ToJson();
        }
    }

    public JsonObject? Find(string id)
    {
        lock (_sync)
        {
            return _payments.GetValueOrDefault(id)?.ToJson();
        }
    }

    /// <summary>The payer paid: succeeded, or waiting_for_capture for a two-stage payment.</summary>
    public JsonObject Pay(string id) => Change(id, PaymentStatus.Pending, payment =>
    {
        payment.Paid = true;
        if (payment.AutoCapture)
        {
            payment.Status = PaymentStatus.Succeeded;
            payment.CapturedAt = clock.GetUtcNow();
        }
        else
        {
            payment.Status = PaymentStatus.WaitingForCapture;
        }
    });

    /// <summary>The payer's bank or the payer declined.</summary>
    public JsonObject Decline(string id, string? reason)
    {
        reason ??= "general_decline";
        if (!DeclineReasons.Contains(reason))
        {
            throw EmulatorRequestException.BadRequest($"unknown reason '{reason}'; use one of {string.Join(", ", DeclineReasons)}");
        }

        var party = reason is "expired_on_confirmation" or "fraud_suspected" ? "yoo_money" : "payment_network";
        return Change(id, PaymentStatus.Pending, payment =>
        {
            payment.Status = PaymentStatus.Canceled;
            payment.Cancellation = (party, reason);
        });
    }

    /// <summary>The shop confirmed a two-stage payment (YooKassa's POST /payments/{id}/capture).</summary>
    public JsonObject Capture(string id) => Change(id, PaymentStatus.WaitingForCapture, payment =>
    {
        payment.Status = PaymentStatus.Succeeded;
        payment.CapturedAt = clock.GetUtcNow();
    });

    /// <summary>The shop canceled a payment not yet captured (YooKassa's POST /payments/{id}/cancel).</summary>
    public JsonObject Cancel(string id)
    {
        lock (_sync)
        {
            var payment = _payments.GetValueOrDefault(id) ?? throw NotFound();
            if (payment.Status is not (PaymentStatus.Pending or PaymentStatus.WaitingForCapture))
            {
                throw new PaymentApiException(400, "invalid_request", $"Payment is in status {payment.Status} and can't be canceled");
            }

            payment.Status = PaymentStatus.Canceled;
            payment.Paid = false;
            payment.Cancellation = ("merchant", "canceled_by_merchant");
            return payment.ToJson();
        }
    }

    /// <summary>A page's view of a payment: amount, description, status and where to return.</summary>
    public (JsonObject Payment, string? ReturnUrl)? View(string id)
    {
        lock (_sync)
        {
            return _payments.GetValueOrDefault(id) is { } payment ? (payment.ToJson(), payment.ReturnUrl) : null;
        }
    }

    public static PaymentApiException NotFound() => new(
        404, "not_found", "Incorrect payment_id. Payment doesn't exist or access denied. Specify the payment ID created in your store.", "payment_id");

    private JsonObject Change(string id, string requiredStatus, Action<SandboxPayment> change)
    {
        lock (_sync)
        {
            var payment = _payments.GetValueOrDefault(id)
                ?? throw EmulatorRequestException.NotFound($"payment {id} does not exist");
            if (payment.Status != requiredStatus)
            {
                throw new EmulatorRequestException(409, $"payment {id} is {payment.Status}, not {requiredStatus}");
            }

            change(payment);
            return payment.ToJson();
        }
    }

    private static JsonObject ValidateAmount(JsonObject request)
    {
        if (request["amount"] is not JsonObject amount)
        {
            throw PaymentApiException.InvalidRequest("Missing required parameter amount", "amount");
        }

        var raw = amount["value"] is JsonValue v && (v.TryGetValue<string>(out _) || v.TryGetValue<decimal>(out _))
            ? v.ToString()
            : null;
        if (raw is null || !decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            || value <= 0 || decimal.Round(value, 2) != value)
        {
            throw PaymentApiException.InvalidRequest("Invalid amount value: a positive number with at most two decimals is expected", "amount.value");
        }

        if (amount["currency"]?.ToString() is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            throw PaymentApiException.InvalidRequest("Invalid currency: an ISO-4217 code such as RUB is expected", "amount.currency");
        }

        return new JsonObject
        {
            ["value"] = value.ToString("0.00", CultureInfo.InvariantCulture),
            ["currency"] = currency,
        };
    }
}
